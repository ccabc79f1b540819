/* test_extract.c - the extractor's rules, one construction a test, and the
 * data-driven cases in tests/data/extract/<case>/{input.txt, expected.tsv}:
 * articles written for these tests with constructions the real corpus lacks. */
#include <dirent.h>

#include "extract_i.h"
#include "testutil.h"

/* An article's id and path go into JSON, which is UTF-8: a file name that is not
 * is refused, naming it. */
static void test_extract__file_name_must_be_utf8(void **state) {
    sg_graph_t g;
    sg_error_t err = {0};
    const char *text = "Mark Lloyd leads the Local Government Association.\n";
    (void)state;
    sg_graph_init(&g);
    assert_int_equal(sg_extract_article(tu_lex, NULL, "x\xffy", "in/x\xffy.txt", text,
                                        strlen(text), &g, &err),
                     SG_EINVAL);
    assert_string_equal(err.source, "in/x\xffy.txt");
    assert_int_equal(g.ndocs, 0);
    sg_error_clear(&err);
    assert_int_equal(sg_extract_article(tu_lex, NULL, "x", "in\xc3/x.txt", text,
                                        strlen(text), &g, &err),
                     SG_EINVAL);
    sg_error_clear(&err);
    assert_int_equal(sg_extract_article(tu_lex, NULL, "caf\xc3\xa9", "in/caf\xc3\xa9.txt",
                                        text, strlen(text), &g, &err),
                     SG_OK);
    assert_int_equal(g.ndocs, 1);
    sg_graph_release(&g);
}

static void test_extract__person_by_title_and_surname(void **state) {
    sg_graph_t g;
    (void)state;
    tu_extract(&g, "Professor Gerald Wistow spoke first. Later Wistow said little.\n");
    const sg_node_t *n = tu_node(&g, "Gerald Wistow");
    assert_non_null(n);
    assert_int_equal(n->type, SG_NODE_PERSON);
    assert_true(sg_strv_contains(&n->titles, "Professor"));
    assert_int_equal(n->nspans, 2); /* the surname is the same person */
    sg_graph_release(&g);
}

static void test_extract__acronym_in_brackets_is_an_alias(void **state) {
    sg_graph_t g;
    (void)state;
    tu_extract(
        &g,
        "A report from the Society of Care Planners (SCP) was out. The SCP said so.\n");
    const sg_node_t *n = tu_node(&g, "Society of Care Planners");
    assert_non_null(n);
    assert_true(sg_strv_contains(&n->aliases, "SCP"));
    assert_ptr_equal(tu_node(&g, "SCP"), n);
    assert_int_equal(n->nspans, 2);
    sg_graph_release(&g);
}

static void test_extract__anaphor_points_back(void **state) {
    sg_graph_t g;
    (void)state;
    tu_extract(
        &g,
        "The Institute of Ageing published figures. The institute said they were bad.\n");
    const sg_node_t *n = tu_node(&g, "Institute of Ageing");
    assert_non_null(n);
    assert_int_equal(n->nspans, 2);
    assert_null(tu_node(&g, "the institute")); /* a pointer, not a name */
    sg_graph_release(&g);
}

static void test_extract__sentence_initial_capitals_are_not_names(void **state) {
    sg_graph_t g;
    (void)state;
    tu_extract(
        &g, "Meanwhile costs rose. Inevitably, Dorset struggled. Complexity abounds.\n");
    assert_null(tu_node(&g, "Meanwhile"));
    assert_null(tu_node(&g, "Inevitably"));
    assert_null(tu_node(&g, "Complexity"));
    assert_true(tu_has_node(&g, "stp", "Dorset"));
    sg_graph_release(&g);
}

static void test_extract__refused_to_endorse_opposes(void **state) {
    sg_graph_t g;
    (void)state;
    tu_extract(&g, "Two Shropshire councils refused to endorse their region's STP.\n");
    assert_true(tu_has_node(&g, "council", "Shropshire councils"));
    assert_non_null(tu_edge(&g, "opposes", "Shropshire councils",
                            "Shropshire and Telford and Wrekin"));
    assert_int_equal(tu_count_edges(&g, "endorses"), 0);
    sg_graph_release(&g);
}

static void test_extract__did_not_oppose_is_no_stance(void **state) {
    sg_graph_t g;
    (void)state;
    tu_extract(&g, "Dorset Council did not oppose the Dorset STP.\n");
    assert_int_equal(tu_count_edges(&g, "opposes"), 0);
    assert_int_equal(tu_count_edges(&g, "endorses"), 0);
    sg_graph_release(&g);
}

static void test_extract__two_roles_in_one_apposition(void **state) {
    sg_graph_t g;
    (void)state;
    tu_extract(
        &g, "Rob Whiteman, chair, North East London STP, and chief executive, Chartered "
            "Institute of Public Finance & Accountancy\n");
    const sg_edge_t *a = tu_edge(&g, "leads", "Rob Whiteman", "North East London");
    const sg_edge_t *b = tu_edge(&g, "leads", "Rob Whiteman",
                                 "Chartered Institute of Public Finance and Accountancy");
    assert_non_null(a);
    assert_non_null(b);
    assert_string_equal(a->role, "chair");
    assert_string_equal(b->role, "chief executive");
    /* evidence points at the sentence in the article */
    assert_int_equal(a->nev, 1);
    sg_evidence_t first;
    assert_int_equal(sg_graph_evidence(&g, a, 0, &first), SG_OK);
    assert_int_equal(first.start, 0);
    assert_string_equal(first.cue, "chair");
    assert_int_equal(sg_graph_evidence(&g, a, 1, &first), SG_EINVAL);
    sg_graph_release(&g);
}

static void test_extract__role_in_one_sentence_name_in_the_next(void **state) {
    sg_graph_t g;
    (void)state;
    tu_extract(
        &g,
        "Plans need councils, the chief executive of the Local Government Association "
        "has claimed. At a hearing, Mark Lloyd said more.\n");
    assert_non_null(tu_edge(&g, "leads", "Mark Lloyd", "Local Government Association"));
    sg_graph_release(&g);
}

static void test_extract__quote_continues_into_next_paragraph(void **state) {
    sg_graph_t g;
    (void)state;
    tu_extract(&g, "\u201cFirst part,\u201d said Jane Smith. \u201cThe second part "
                   "runs on without an end.\n\u201c"
                   "And a third paragraph goes on.\u201d\n"
                   "Campaigners called it a \u2018sham\u2019.\n");
    const sg_quote_t *q1 = tu_quote(&g, "First part"), *q2 = tu_quote(&g, "second part"),
                     *q3 = tu_quote(&g, "third paragraph");
    assert_non_null(q1);
    assert_non_null(q2);
    assert_non_null(q3);
    assert_string_equal(tu_speaker(&g, q1), "Jane Smith");
    assert_string_equal(tu_speaker(&g, q2), "Jane Smith");
    assert_string_equal(tu_speaker(&g, q3), "Jane Smith");
    assert_null(tu_quote(&g, "sham")); /* scare quotes with no speaker */
    sg_graph_release(&g);
}

/* A quotation mark never closed in a long paragraph, one closed far after it, and
 * one closed far after it and attributed after its close: the quoted words end
 * with the last sentence that ends within 512 tokens (so the speaker's edges to
 * those named in them carry no more), and the speaker is found where the
 * quotation really closes. */
static void test_extract__long_quotation_ends_at_a_sentence(void **state) {
    enum { SENTENCES = 150 }; /* of six tokens, the full stop one: 900 */
    static const char *const open[] = {"Ann Berwick said: \"", "Ann Berwick said: \"",
                                       "\""},
                             *const close[] = {"\n", "\"\n", "\", said Tom Carrow.\n"},
                             *const speaker[] = {"Ann Berwick", "Ann Berwick",
                                                 "Tom Carrow"};
    (void)state;
    for (size_t k = 0; k < 3; k++) {
        char *text = malloc(64 + SENTENCES * 40);
        size_t n = (size_t)sprintf(text, "%s", open[k]);
        sg_graph_t g;
        assert_non_null(text);
        for (size_t i = 0; i < SENTENCES; i++) {
            n += (size_t)sprintf(text + n, "Kent County Council is %s. ",
                                 i % 2 ? "wrong" : "late");
        }
        sprintf(text + n, "%s", close[k]);
        tu_extract(&g, text);
        const sg_quote_t *q = tu_quote(&g, "Kent County Council is late.");
        assert_non_null(q);
        assert_string_equal(tu_speaker(&g, q), speaker[k]);
        const char *words = tu_read(&g, q->text);
        size_t len = strlen(words), full = 0;
        for (const char *p = words; (p = strstr(p, "Kent County Council is ")); p++) {
            full++;
        }
        /* the sentences of six tokens that fit in 512, the last whole */
        assert_int_equal(full, 512 / 6);
        assert_int_equal(words[len - 1], '.');
        sg_graph_release(&g);
        free(text);
    }
}

/* The date extract reads from text, or none (want NULL). */
static void expect_date(const char *text, const char *want) {
    sg_graph_t g;
    tu_extract(&g, text);
    if (want) {
        assert_string_equal(g.docs[0].date, want);
    } else {
        assert_null(g.docs[0].date);
    }
    sg_graph_release(&g);
}

static void test_extract__date_and_title(void **state) {
    sg_graph_t g;
    (void)state;
    tu_extract(&g, "30.11.16\nA headline about STPs\nBody text.\n");
    assert_int_equal(g.ndocs, 1);
    assert_string_equal(g.docs[0].date, "2016-11-30");
    assert_string_equal(g.docs[0].title, "A headline about STPs");
    assert_int_equal(strlen(g.docs[0].sha256), 64);
    sg_graph_release(&g);
    /* the other forms: a four-digit year, and a date written out in the opening */
    expect_date("04/07/2017\nA headline\nBody text.\n", "2017-07-04");
    expect_date("A headline\nPublished 9 March 2018 by a reporter.\n", "2018-03-09");
    expect_date("31.13.16\nNot a date\nBody text.\n", NULL);
    /* ISO opening the first line, the month first, the month cut short */
    expect_date("2017-02-28T09:30:00Z\nA headline\nBody text.\n", "2017-02-28");
    tu_extract(&g, "November 30, 2016 | By a reporter\nThe real headline\nBody.\n");
    assert_string_equal(g.docs[0].date, "2016-11-30");
    assert_string_equal(g.docs[0].title, "The real headline"); /* (not the dateline) */
    sg_graph_release(&g);
    tu_extract(&g, "Transcript: Radio Tarn show, 14 March 2017\nPRESENTER: Hello.\n");
    assert_string_equal(g.docs[0].title, "Transcript: Radio Tarn show, 14 March 2017");
    sg_graph_release(&g);
    expect_date("A headline\nPublished: 3 Sept 2017\n", "2017-09-03");
    expect_date("2017-13-02\nThe May 2017 election\nBody text.\n", NULL);
}

static void test_extract__binary_and_oversized_refused(void **state) {
    sg_graph_t g;
    sg_error_t err = {0};
    sg_extract_opts_t o;
    (void)state;
    sg_graph_init(&g);
    assert_int_equal(
        sg_extract_article(tu_lex, NULL, "b", "b.txt", "ab\0cd", 5, &g, &err), SG_EINVAL);
    assert_non_null(strstr(err.message, "binary"));
    sg_extract_opts_init(&o);
    o.max_bytes = 4;
    sg_error_clear(&err);
    assert_int_equal(sg_extract_article(tu_lex, &o, "b", "b.txt", "hello", 5, &g, &err),
                     SG_ELIMIT);
    assert_int_equal(g.nnodes + g.ndocs, 0); /* nothing added on failure */
    sg_graph_release(&g);
}

/* sg_i_resolve on made-up mentions: an organisation with the alias "Kestrel" and a
 * person "Ann Kestrel", in either order, then "Kestrel" alone; other organisations
 * before the two and between them, so that the article's stakeholders are scanned
 * (few) or indexed (many: from the start, or from between the two). The type of
 * the stakeholder "Kestrel" was given to. */
static sg_node_type_t kestrel_means(size_t before, size_t between, int person_first) {
    enum { MAX = 64 };
    static char filler[MAX][32];
    sg_i_mention_t m[MAX + 3];
    sg_i_ctx_t cx;
    size_t n = 0;
    assert_true(before + between <= MAX);
    memset(&cx, 0, sizeof(cx));
    memset(m, 0, sizeof(m));
    sg_i_mention_t org = {.kind = SG_I_M_NAME, .type = SG_NODE_ORGANISATION},
                   person = {.kind = SG_I_M_NAME, .type = SG_NODE_PERSON};
    org.surface = org.name = "Kestrel Group";
    org.alias2 = "Kestrel";
    person.surface = person.name = "Ann Kestrel";
    for (size_t i = 0; i < before + between; i++) {
        if (i == before) {
            m[n++] = person_first ? person : org;
        }
        snprintf(filler[i], sizeof(filler[i]), "Filler %zu", i);
        m[n].kind = SG_I_M_NAME;
        m[n].type = SG_NODE_ORGANISATION;
        m[n].surface = m[n].name = filler[i];
        n++;
    }
    if (between == 0) {
        m[n++] = person_first ? person : org;
    }
    m[n++] = person_first ? org : person;
    m[n].kind = SG_I_M_SURNAME;
    m[n].type = SG_NODE_PERSON;
    m[n].surface = m[n].name = "Kestrel";
    n++;
    for (size_t i = 0; i < n; i++) {
        m[i].entity = -1;
    }
    cx.m = m;
    cx.nm = n;
    assert_int_equal(sg_i_resolve(&cx), SG_OK);
    assert_int_equal(cx.nents, before + between + 2);
    assert_true(m[n - 1].entity >= 0);
    sg_node_type_t t = cx.ents[m[n - 1].entity].type;
    for (size_t i = 0; i < cx.nents; i++) {
        free(cx.ents[i].id);
        sg_strv_release(&cx.ents[i].aliases);
        sg_strv_release(&cx.ents[i].titles);
        sg_strv_release(&cx.ents[i].roles);
    }
    free(cx.ents);
    free(cx.prev_person);
    free(cx.shadowed);
    return t;
}

/* A surname that is a person's last name and another stakeholder's alias is the
 * one named first, whether the article's stakeholders are few or many. */
static void test_extract__surname_of_a_person_or_alias_is_the_first(void **state) {
    static const size_t layouts[][2] = {{0, 0}, {40, 0}, {0, 40}};
    (void)state;
    for (size_t k = 0; k < sizeof(layouts) / sizeof(layouts[0]); k++) {
        assert_int_equal(kestrel_means(layouts[k][0], layouts[k][1], 0),
                         SG_NODE_ORGANISATION);
        assert_int_equal(kestrel_means(layouts[k][0], layouts[k][1], 1), SG_NODE_PERSON);
    }
}

/* ---- data-driven cases ---- */

static char *read_all(const char *path, size_t *len) {
    char *data = NULL;
    sg_error_t err = {0};
    if (sg_io_read(path, 0, &data, len, &err) != SG_OK) {
        fail_msg("cannot read %s: %s", path, err.message);
    }
    return data;
}

static int has_alias(const sg_node_t *n, const char *a) {
    return n && (strcmp(n->name, a) == 0 || sg_strv_contains(&n->aliases, a));
}

/* Checks one case's expectations, printing each one not met: their number. Each
 * line of expected.tsv is one: node TYPE NAME, no-node NAME, edge TYPE FROM TO,
 * no-edge TYPE FROM TO, quote SPEAKER WORDS, no-quote WORDS, alias NAME ALIAS,
 * one-node A B, two-nodes A B, role NAME ROLE, no-role NAME ROLE, title NAME
 * TITLE (fields split by tabs; "#" opens a comment line). */
static int check_case(const char *dir, int dated) {
    static const char date_line[] = "14.03.17\n";
    char path[512];
    size_t len;
    sg_graph_t g;
    sg_error_t err = {0};

    snprintf(path, sizeof(path), "%s/input.txt", dir);
    char *text = read_all(path, &len);
    if (dated) { /* the same article under a date line, as the corpus's are */
        char *t = malloc(sizeof(date_line) - 1 + len + 1);
        assert_non_null(t);
        memcpy(t, date_line, sizeof(date_line) - 1);
        memcpy(t + sizeof(date_line) - 1, text, len + 1);
        free(text);
        text = t;
        len += sizeof(date_line) - 1;
    }
    sg_graph_init(&g);
    assert_int_equal(sg_extract_article(tu_lex, NULL, "case", path, text, len, &g, &err),
                     SG_OK);
    assert_int_equal(sg_graph_finalize(&g, &err), SG_OK);
    free(text);
    snprintf(path, sizeof(path), "%s/expected.tsv", dir);
    char *exp = read_all(path, &len);
    int failures = 0;
    for (char *line = strtok(exp, "\n"); line; line = strtok(NULL, "\n")) {
        char *f[5] = {0};
        int n = 0;
        if (line[0] == '#') {
            continue;
        }
        for (char *p = line; p && n < 5;) {
            f[n++] = p;
            p = strchr(p, '\t');
            if (p) {
                *p++ = '\0';
            }
        }
        int ok = 1;
        if (strcmp(f[0], "node") == 0 && n == 3) {
            ok = tu_has_node(&g, f[1], f[2]);
        } else if (strcmp(f[0], "no-node") == 0 && n == 2) {
            ok = tu_node(&g, f[1]) == NULL;
        } else if (strcmp(f[0], "edge") == 0 && n == 4) {
            ok = tu_edge(&g, f[1], f[2], f[3]) != NULL;
        } else if (strcmp(f[0], "no-edge") == 0 && n == 4) {
            ok = tu_edge(&g, f[1], f[2], f[3]) == NULL;
        } else if (strcmp(f[0], "quote") == 0 && n == 3) {
            const sg_quote_t *q = tu_quote(&g, f[2]);
            ok = q && strcmp(tu_speaker(&g, q), f[1]) == 0;
        } else if (strcmp(f[0], "no-quote") == 0 && n == 2) {
            ok = tu_quote(&g, f[1]) == NULL;
        } else if (strcmp(f[0], "alias") == 0 && n == 3) {
            ok = has_alias(tu_node(&g, f[1]), f[2]);
        } else if (strcmp(f[0], "one-node") == 0 && n == 3) {
            ok = tu_node(&g, f[1]) != NULL && tu_node(&g, f[1]) == tu_node(&g, f[2]);
        } else if (strcmp(f[0], "two-nodes") == 0 && n == 3) {
            ok = tu_node(&g, f[1]) != NULL && tu_node(&g, f[2]) != NULL &&
                 tu_node(&g, f[1]) != tu_node(&g, f[2]);
        } else if ((strcmp(f[0], "role") == 0 || strcmp(f[0], "no-role") == 0) &&
                   n == 3) {
            /* a node's role as its JSON gives it: "chief executive, Tarn Council" */
            const sg_node_t *p = tu_node(&g, f[1]);
            ok = p && sg_strv_contains(&p->roles, f[2]) == (strcmp(f[0], "role") == 0);
        } else if (strcmp(f[0], "title") == 0 && n == 3) {
            const sg_node_t *p = tu_node(&g, f[1]);
            ok = p && sg_strv_contains(&p->titles, f[2]);
        } else {
            fail_msg("%s: bad expectation line starting '%s'", dir, f[0]);
        }
        if (!ok) {
            fprintf(stderr, "%s%s: expected %s %s %s %s\n", dir,
                    dated ? " (under a date line)" : "", f[0], f[1] ? f[1] : "",
                    f[2] ? f[2] : "", f[3] ? f[3] : "");
            failures++;
        }
    }
    free(exp);
    sg_graph_release(&g);
    return failures;
}

static void run_data_cases(int dated) {
    DIR *d = opendir("tests/data/extract");
    struct dirent *de;
    int cases = 0, failing = 0;
    assert_non_null(d);
    while ((de = readdir(d))) { /* (every case, so that one run lists every miss) */
        char dir[300];
        if (de->d_name[0] == '.') {
            continue;
        }
        snprintf(dir, sizeof(dir), "tests/data/extract/%s", de->d_name);
        failing += check_case(dir, dated) != 0;
        cases++;
    }
    closedir(d);
    assert_true(cases >= 6);
    assert_int_equal(failing, 0);
}

static void test_extract__data_cases(void **state) {
    (void)state;
    run_data_cases(0);
}

/* A news site's article opens with its date on a line of its own ("21.11.16"),
 * the headline after it: every case holds there too. */
static void test_extract__data_cases_under_a_date_line(void **state) {
    (void)state;
    run_data_cases(1);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_extract__file_name_must_be_utf8),
        cmocka_unit_test(test_extract__data_cases_under_a_date_line),
        cmocka_unit_test(test_extract__person_by_title_and_surname),
        cmocka_unit_test(test_extract__acronym_in_brackets_is_an_alias),
        cmocka_unit_test(test_extract__anaphor_points_back),
        cmocka_unit_test(test_extract__sentence_initial_capitals_are_not_names),
        cmocka_unit_test(test_extract__refused_to_endorse_opposes),
        cmocka_unit_test(test_extract__did_not_oppose_is_no_stance),
        cmocka_unit_test(test_extract__two_roles_in_one_apposition),
        cmocka_unit_test(test_extract__role_in_one_sentence_name_in_the_next),
        cmocka_unit_test(test_extract__quote_continues_into_next_paragraph),
        cmocka_unit_test(test_extract__long_quotation_ends_at_a_sentence),
        cmocka_unit_test(test_extract__date_and_title),
        cmocka_unit_test(test_extract__binary_and_oversized_refused),
        cmocka_unit_test(test_extract__surname_of_a_person_or_alias_is_the_first),
        cmocka_unit_test(test_extract__data_cases),
    };
    return cmocka_run_group_tests(tests, tu_setup_lexicon, tu_teardown_lexicon);
}
