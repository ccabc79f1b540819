/* main.c - stakegraph's command table and top-level options. */
#include <errno.h>
#include <fcntl.h>
#include <malloc.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

static const struct {
    const char *name;
    sg_cli_fn fn;
    const char *summary;
} commands[] = {
    {"build", sg_cmd_build, "extract articles and build the stakeholder graph"},
    {"extract", sg_cmd_extract, "write each article's fragment as JSON Lines"},
    {"merge", sg_cmd_merge, "fold fragments and graphs into one graph"},
    {"rank", sg_cmd_rank, "most central stakeholders"},
    {"influence", sg_cmd_influence, "who influences an STP, and why"},
    {"quotes", sg_cmd_quotes, "quotations by speaker"},
    {"render", sg_cmd_render, "draw the map (SVG, DOT, PNG, power-interest grid)"},
    {"export", sg_cmd_export, "node-link, Cytoscape.js, graphology, GEXF, GraphML, CSV"},
};

static void usage(FILE *f) {
    fprintf(f,
            "usage: stakegraph <command> [options]\n\n"
            "Maps who leads, backs, opposes and speaks for England's NHS Sustainability\n"
            "and Transformation Plans, from news articles.\n\ncommands:\n");
    for (size_t i = 0; i < sizeof(commands) / sizeof(commands[0]); i++) {
        fprintf(f, "  %-10s %s\n", commands[i].name, commands[i].summary);
    }
    fprintf(f, "\n'stakegraph <command> --help' describes a command; "
               "'stakegraph --version' prints the version.\n");
}

/* What went to standard output through stdio must have reached it: a write that
 * failed (a full disk, an output closed under it) is an error, not a truncated
 * output and a zero exit. A command that failed has said so already. */
static int finish(int ret) {
    int e = fflush(stdout) != 0 ? errno : 0;

    if (ferror(stdout) && ret == 0) {
        if (e) {
            fprintf(stderr, "stakegraph: stdout: cannot write: %s\n", strerror(e));
        } else {
            fprintf(stderr, "stakegraph: stdout: write failed\n");
        }
        ret = 1;
    }
    return ret;
}

/* Standard input, output and error that the caller closed are held by /dev/null,
 * opened the wrong way round (standard input for writing, the others for reading),
 * so that reading or writing them fails as on a closed descriptor (EBADF) and is
 * reported. Left closed, their numbers went to the next files opened: a temporary
 * file of the graph's records took 1, and `rank --json >&-` wrote its output into
 * it and exited 0. */
static void hold_standard_fds(void) {
    for (int fd = 0; fd <= 2; fd++) {
        if (fcntl(fd, F_GETFD) == -1 && errno == EBADF) {
            int held = open("/dev/null", fd == 0 ? O_WRONLY : O_RDONLY);
            if (held >= 0 && held != fd) { /* the lowest free number: fd itself */
                dup2(held, fd);
                close(held);
            }
        }
    }
}

/* A signal that ends the process (Ctrl-C, kill, a closed terminal or pipe) takes
 * the temporary file of an output being written with it: killed while writing the
 * 100 MB bench build's graph, stakegraph left a hidden 365 MB .graph.json.tmpXXXXXX
 * beside it. The target keeps what it held, and the signal then ends the process as
 * it would have. */
static void end_on_signal(int sig) {
    sg_io_remove_temp_files();
    signal(sig, SIG_DFL);
    raise(sig); /* delivered once this handler returns */
}

static void handle_signals(void) {
    static const int ending[] = {SIGINT, SIGTERM, SIGHUP, SIGPIPE, SIGQUIT};
    struct sigaction sa, old;

    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = end_on_signal;
    sigemptyset(&sa.sa_mask);
    for (size_t i = 0; i < sizeof(ending) / sizeof(ending[0]); i++) {
        /* one ignored by whoever started us (nohup, a background job) stays so */
        if (sigaction(ending[i], NULL, &old) == 0 && old.sa_handler != SIG_IGN) {
            sigaction(ending[i], &sa, NULL);
        }
    }
    /* past a file size limit (ulimit -f) a write fails (EFBIG) and is reported like
     * a full disk, where the signal killed the process without a word and left the
     * temporary file */
    signal(SIGXFSZ, SIG_IGN);
}

int main(int argc, char **argv) {
    hold_standard_fds();
    handle_signals();
#ifdef M_MMAP_THRESHOLD
    /* blocks of 256 KB and more (the graph's arrays, the analysis's vectors, the
     * record files' windows) each in a mapping of their own, given back to the
     * system when freed: glibc would otherwise raise the threshold after the first
     * such free and keep the later ones in the heap, which does not shrink */
    mallopt(M_MMAP_THRESHOLD, 256 << 10);
    /* and the heap's free top kept up to 4 MB: at glibc's 128 KB, igraph's
     * betweenness, which makes and frees its queue of up to a component's size for
     * every source, gave the top back and took it again each time (the 10 MB
     * bench build's analysis: 26,500 page faults, 6,000 with this) */
    mallopt(M_TRIM_THRESHOLD, 4 << 20);
#endif
    if (argc < 2) {
        fprintf(stderr, "stakegraph: no command given (see 'stakegraph --help')\n");
        return SG_CLI_EXIT_USAGE;
    }
    if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 ||
        strcmp(argv[1], "help") == 0) {
        usage(stdout);
        return finish(0);
    }
    if (strcmp(argv[1], "--version") == 0) {
        printf("stakegraph %s\n", SG_VERSION);
        return finish(0);
    }
    for (size_t i = 0; i < sizeof(commands) / sizeof(commands[0]); i++) {
        if (strcmp(argv[1], commands[i].name) == 0) {
            /* an empty argument names nothing (a variable left unset, most often):
             * as a path it was read as the current folder's nameless files, and
             * `export -f csv -o ""` wrote the hidden .nodes.csv */
            for (int k = 2; k < argc; k++) {
                if (!argv[k][0]) {
                    return sg_cli_usage(argv[1], "argument %d is empty", k - 1);
                }
            }
            return finish(commands[i].fn(argc - 1, argv + 1));
        }
    }
    fprintf(stderr, "stakegraph: %s: unknown command (see 'stakegraph --help')\n",
            argv[1]);
    return SG_CLI_EXIT_USAGE;
}
