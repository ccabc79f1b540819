/* test_io.c - reads with limits, atomic writes that never leave half a file. */
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "testutil.h"

static char dir[64];

static int setup(void **state) {
    (void)state;
    snprintf(dir, sizeof(dir), "/tmp/sg_test_io_XXXXXX");
    return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state) {
    char cmd[128];
    (void)state;
    snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
    return system(cmd);
}

static void test_io__atomic_write_keeps_old_file_on_failure(void **state) {
    char path[128], bad[160];
    sg_error_t err = {0};
    char *data;
    size_t len;
    (void)state;
    snprintf(path, sizeof(path), "%s/out.json", dir);
    assert_int_equal(sg_io_write(path, "old", 3, &err), SG_OK);
    snprintf(bad, sizeof(bad), "%s/missing/out.json", dir);
    assert_int_equal(sg_io_write(bad, "new", 3, &err), SG_EIO);
    assert_string_equal(err.source, bad);
    assert_int_equal(sg_io_read(path, 0, &data, &len, &err), SG_OK);
    assert_string_equal(data, "old");
    free(data);
    /* no temporary files left behind */
    char cmd[160];
    snprintf(cmd, sizeof(cmd), "test $(ls -A %s | wc -l) -eq 1", dir);
    assert_int_equal(system(cmd), 0);
}

/* A large output written piece by piece (space reserved ahead of it where the file
 * system can) holds exactly what was written, and no more space than that on commit;
 * an aborted one leaves nothing. */
static void test_io__large_output_keeps_no_reserve(void **state) {
    char path[128], cmd[160];
    size_t total = 0, len, piece = 1;
    sg_error_t err = {0};
    sg_io_out_t o;
    struct stat st;
    char *buf = malloc(1 << 20), *data;
    (void)state;
    assert_non_null(buf);
    for (size_t i = 0; i < (1 << 20); i++) {
        buf[i] = (char)('a' + i % 26);
    }
    snprintf(path, sizeof(path), "%s/big.json", dir);
    assert_int_equal(sg_io_out_open(&o, path, &err), SG_OK);
    while (total < ((size_t)3 << 20) + 12345) { /* pieces of 1 byte to 1 MB */
        size_t n = piece % (1 << 20) + 1;
        assert_int_equal(sg_io_out_write(&o, buf, n), SG_OK);
        total += n;
        piece = piece * 7 + 3;
    }
    assert_int_equal(sg_io_out_commit(&o, &err), SG_OK);
    assert_int_equal(stat(path, &st), 0);
    assert_int_equal((size_t)st.st_size, total);
    /* blocks of 512 bytes: at most what the bytes need and a little */
    assert_true((size_t)st.st_blocks * 512 <= total + (64 << 10));
    assert_int_equal(sg_io_read(path, 0, &data, &len, &err), SG_OK);
    assert_int_equal(len, total);
    free(data);
    unlink(path);
    assert_int_equal(sg_io_out_open(&o, path, &err), SG_OK);
    for (int i = 0; i < 4; i++) {
        assert_int_equal(sg_io_out_write(&o, buf, 1 << 20), SG_OK);
    }
    sg_io_out_abort(&o);
    snprintf(cmd, sizeof(cmd), "test $(ls -A %s | grep -c big) -eq 0", dir);
    assert_int_equal(system(cmd), 0);
    free(buf);
}

/* What a signal handler calls: every output open and not yet committed or aborted
 * loses its temporary file, the target keeps what it held; a committed output's
 * place is free again (the ninth output after eight commits is removed too). */
static void test_io__temp_files_removed_on_signal(void **state) {
    char path[128], cmd[192];
    sg_error_t err = {0};
    sg_io_out_t o, p;
    char *data;
    size_t len;
    (void)state;
    snprintf(path, sizeof(path), "%s/kept.json", dir);
    for (int i = 0; i < 9; i++) { /* more commits than the handler has places */
        assert_int_equal(sg_io_write(path, "old", 3, &err), SG_OK);
    }
    assert_int_equal(sg_io_out_open(&o, path, &err), SG_OK);
    assert_int_equal(sg_io_out_open(&p, path, &err), SG_OK);
    assert_int_equal(sg_io_out_write(&o, "new", 3), SG_OK);
    assert_int_equal(access(o.tmp, F_OK), 0);
    assert_int_equal(access(p.tmp, F_OK), 0);
    sg_io_remove_temp_files();
    assert_int_equal(access(o.tmp, F_OK), -1);
    assert_int_equal(access(p.tmp, F_OK), -1);
    sg_io_out_abort(&o);
    sg_io_out_abort(&p);
    assert_int_equal(sg_io_read(path, 0, &data, &len, &err), SG_OK);
    assert_string_equal(data, "old");
    free(data);
    snprintf(cmd, sizeof(cmd), "test -z \"$(ls -A %s | grep tmp)\"", dir);
    assert_int_equal(system(cmd), 0);
    /* a file output goes to as it comes is cut back, until let go */
    struct stat st;
    int fd = open(path, O_WRONLY | O_APPEND);
    assert_true(fd >= 0);
    sg_io_cut_on_signal(fd, 3);
    assert_int_equal(write(fd, "fragments", 9), 9);
    sg_io_remove_temp_files();
    assert_int_equal(fstat(fd, &st), 0);
    assert_int_equal(st.st_size, 3);
    sg_io_cut_on_signal(-1, 0);
    assert_int_equal(write(fd, "fragments", 9), 9);
    sg_io_remove_temp_files();
    assert_int_equal(fstat(fd, &st), 0);
    assert_int_equal(st.st_size, 12);
    close(fd);
    unlink(path);
}

static void test_io__read_limits_and_folders(void **state) {
    char path[128];
    sg_error_t err = {0};
    char *data;
    size_t len;
    (void)state;
    snprintf(path, sizeof(path), "%s/big.txt", dir);
    assert_int_equal(sg_io_write(path, "0123456789", 10, &err), SG_OK);
    assert_int_equal(sg_io_read(path, 5, &data, &len, &err), SG_ELIMIT);
    assert_null(data);
    sg_error_clear(&err);
    assert_int_equal(sg_io_read(dir, 0, &data, &len, &err), SG_EIO);
    assert_non_null(strstr(err.message, "folder"));
    sg_error_clear(&err);
    assert_int_equal(sg_io_read("/nonexistent/x.txt", 0, &data, &len, &err), SG_EIO);
}

/* Files of every size class read back whole: empty, one byte, around a page, past
 * the 64 KB chunk; and a limit equal to the size is no error. */
static void test_io__reads_whole_files(void **state) {
    static const size_t sizes[] = {0, 1, 2, 4095, 4096, 4097, 65536, 70001};
    char path[128];
    sg_error_t err = {0};
    (void)state;
    snprintf(path, sizeof(path), "%s/sized.txt", dir);
    for (size_t k = 0; k < sizeof(sizes) / sizeof(sizes[0]); k++) {
        char *want = malloc(sizes[k] + 1), *data;
        size_t len;
        for (size_t i = 0; i < sizes[k]; i++) {
            want[i] = (char)('a' + (i * 7 + k) % 26);
        }
        assert_int_equal(sg_io_write(path, want, sizes[k], &err), SG_OK);
        assert_int_equal(sg_io_read(path, sizes[k], &data, &len, &err), SG_OK);
        assert_int_equal(len, sizes[k]);
        assert_memory_equal(data, want, sizes[k]);
        assert_int_equal(data[len], '\0');
        free(data);
        if (sizes[k] > 1) { /* (a limit of 0 is none) */
            assert_int_equal(sg_io_read(path, sizes[k] - 1, &data, &len, &err),
                             SG_ELIMIT);
            sg_error_clear(&err);
        }
        free(want);
    }
}

/* A mapped file reads as the file, NUL after it, whatever its size; a size of whole
 * pages, or an empty file, is read into memory instead (data[len] must be there).
 * Pages passed are given back in runs as the reader goes forward, and read again
 * from the file when touched; going back starts the count again from there. */
static void test_io__mapped_files_give_pages_back(void **state) {
    const size_t page = (size_t)sysconf(_SC_PAGESIZE), run = (size_t)16 << 20;
    const size_t sizes[] = {0, 1, page - 1, page, 2 * page, 2 * page + 1, 2 * run + 77};
    char path[128];
    sg_error_t err = {0};
    (void)state;
    snprintf(path, sizeof(path), "%s/mapped.json", dir);
    for (size_t k = 0; k < sizeof(sizes) / sizeof(sizes[0]); k++) {
        size_t n = sizes[k];
        char *want = malloc(n + 1);
        sg_io_map_t m;
        for (size_t i = 0; i < n; i++) {
            want[i] = (char)('a' + (i * 7 + k) % 26);
        }
        assert_int_equal(sg_io_write(path, want, n, &err), SG_OK);
        assert_int_equal(sg_io_map(path, &m, &err), SG_OK);
        assert_int_equal(m.len, n);
        assert_int_equal(m.mapped, n && n % page ? n : 0);
        assert_memory_equal(m.data, want, n);
        assert_int_equal(m.data[n], '\0');
        sg_io_map_done(&m, n / 2);
        sg_io_map_done(&m, n);
        if (m.mapped) { /* runs of whole pages, the last one short of the end */
            size_t passed = n / page * page;
            assert_int_equal(m.given, n / 2 >= run ? passed : 0);
            if (n / 2 >= run) {
                sg_io_map_done(&m, run / 2); /* went back: from there */
                assert_int_equal(m.given, run / 2 / page * page);
                sg_io_map_done(&m, run / 2 + run);
                assert_int_equal(m.given, (run / 2 + run) / page * page);
            }
        } else {
            assert_int_equal(m.given, 0);
        }
        assert_memory_equal(m.data, want, n); /* pages given back read again */
        sg_io_unmap(&m);
        free(want);
    }
    sg_io_map_t none;
    assert_int_equal(sg_io_map(dir, &none, &err), SG_EIO); /* a folder */
    sg_error_clear(&err);
    snprintf(path, sizeof(path), "%s/missing.json", dir);
    assert_int_equal(sg_io_map(path, &none, &err), SG_EIO);
}

/* A stream named as a file to map (a device, a pipe) is read to its end, and
 * refused at its first NUL byte (so that /dev/zero is an error at once, not all of
 * memory: e2e); text through a named pipe reads as it is. */
static void test_io__streams_refuse_binary_data(void **state) {
    char path[128], cmd[300];
    sg_error_t err = {0};
    sg_io_map_t m;
    (void)state;
    snprintf(path, sizeof(path), "%s/pipe", dir);
    assert_int_equal(mkfifo(path, 0600), 0);
    snprintf(cmd, sizeof(cmd), "(printf '{\"a\": 1}\\n' > %s &)", path);
    assert_int_equal(system(cmd), 0);
    assert_int_equal(sg_io_map(path, &m, &err), SG_OK);
    assert_int_equal(m.mapped, 0);
    assert_int_equal(m.len, 9);
    assert_string_equal(m.data, "{\"a\": 1}\n");
    sg_io_unmap(&m);
    snprintf(cmd, sizeof(cmd), "(printf 'ab\\000cd' > %s &)", path);
    assert_int_equal(system(cmd), 0);
    assert_int_equal(sg_io_map(path, &m, &err), SG_EPARSE);
    assert_non_null(strstr(err.message, "NUL byte at offset 2"));
    assert_null(m.data);
    unlink(path);
}

static void test_io__list_articles(void **state) {
    char sub[128], path[160];
    sg_error_t err = {0};
    sg_strv_t v;
    (void)state;
    snprintf(sub, sizeof(sub), "%s/corpus", dir);
    assert_int_equal(mkdir(sub, 0755), 0);
    sg_strv_init(&v);
    assert_int_equal(sg_io_list_articles(sub, &v, &err), SG_EINVAL);
    assert_non_null(strstr(err.message, "no articles"));
    snprintf(path, sizeof(path), "%s/b.txt", sub);
    assert_int_equal(sg_io_write(path, "b", 1, &err), SG_OK);
    snprintf(path, sizeof(path), "%s/a.txt", sub);
    assert_int_equal(sg_io_write(path, "a", 1, &err), SG_OK);
    snprintf(path, sizeof(path), "%s/notes.md", sub);
    assert_int_equal(sg_io_write(path, "n", 1, &err), SG_OK);
    assert_int_equal(sg_io_list_articles(sub, &v, &err), SG_OK);
    assert_int_equal(v.n, 2);
    assert_non_null(strstr(v.v[0], "a.txt"));
    sg_strv_release(&v);
}

/* A corpus kept in folders (by year, by source): their articles at any depth,
 * sorted; hidden entries left out; a link back up not followed round. */
static void test_io__list_articles_in_folders(void **state) {
    char top[128], path[200];
    sg_error_t err = {0};
    sg_strv_t v;
    (void)state;
    snprintf(top, sizeof(top), "%s/tree", dir);
    assert_int_equal(mkdir(top, 0755), 0);
    const char *const dirs[] = {"2017", "2016", "2016/march", ".git", "2016/x.txt"};
    for (size_t i = 0; i < sizeof(dirs) / sizeof(dirs[0]); i++) {
        snprintf(path, sizeof(path), "%s/%s", top, dirs[i]);
        assert_int_equal(mkdir(path, 0755), 0);
    }
    sg_strv_init(&v);
    assert_int_equal(sg_io_list_articles(top, &v, &err), SG_EINVAL);
    assert_non_null(strstr(err.message, "in it or its folders"));
    const char *const files[] = {"2017/c.txt", "2016/march/b.TXT", "2016/a.txt",
                                 ".git/h.txt", "2016/.d.txt",      "2016/x.txt/e.txt"};
    for (size_t i = 0; i < sizeof(files) / sizeof(files[0]); i++) {
        snprintf(path, sizeof(path), "%s/%s", top, files[i]);
        assert_int_equal(sg_io_write(path, "x", 1, &err), SG_OK);
    }
    snprintf(path, sizeof(path), "%s/2016/march/up", top);
    assert_int_equal(symlink("../..", path), 0);
    assert_int_equal(sg_io_list_articles(top, &v, &err), SG_OK);
    const char *const want[] = {"2016/a.txt", "2016/march/b.TXT", "2016/x.txt/e.txt",
                                "2017/c.txt"};
    assert_int_equal(v.n, 4);
    for (size_t i = 0; i < 4; i++) {
        snprintf(path, sizeof(path), "%s/%s", top, want[i]);
        assert_string_equal(v.v[i], path);
    }
    sg_strv_release(&v);
}

int main(void) {
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_io__atomic_write_keeps_old_file_on_failure),
        cmocka_unit_test(test_io__large_output_keeps_no_reserve),
        cmocka_unit_test(test_io__temp_files_removed_on_signal),
        cmocka_unit_test(test_io__read_limits_and_folders),
        cmocka_unit_test(test_io__reads_whole_files),
        cmocka_unit_test(test_io__mapped_files_give_pages_back),
        cmocka_unit_test(test_io__streams_refuse_binary_data),
        cmocka_unit_test(test_io__list_articles),
        cmocka_unit_test(test_io__list_articles_in_folders),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
