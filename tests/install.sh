#!/bin/sh
# make install into a temporary prefix, then build and run a small program against
# the installed library through pkg-config.
set -e
P=$(mktemp -d /tmp/sg_prefix.XXXXXX)
trap 'rm -rf "$P"' EXIT
make --no-print-directory -s install PREFIX="$P" >/dev/null
for f in bin/stakegraph lib/libstakegraph.a include/stakegraph/stakegraph.h \
         lib/pkgconfig/stakegraph.pc share/man/man1/stakegraph.1 share/stakegraph/lexicon/roles.tsv; do
    [ -e "$P/$f" ] || { echo "install: $f missing"; exit 1; }
done
cat >"$P/prog.c" <<'CEOF'
#include <stdio.h>
#include <string.h>
#include <stakegraph.h>

int main(int argc, char **argv)
{
    const char *text = "Rob Whiteman, chair, North East London STP, said: \xe2\x80\x9cIt works.\xe2\x80\x9d\n";
    sg_lexicon_t *lex = NULL;
    sg_graph_t g;
    sg_error_t err = {0};
    (void)argc;
    if (sg_lexicon_load(argv[1], &lex, &err) != SG_OK) {
        fprintf(stderr, "%s: %s\n", err.source, err.message);
        return 1;
    }
    sg_graph_init(&g);
    if (sg_extract_article(lex, NULL, "a", "a.txt", text, strlen(text), &g, &err) != SG_OK ||
        sg_graph_finalize(&g, &err) != SG_OK || sg_analysis_compute(&g, &err) != SG_OK) {
        fprintf(stderr, "%s\n", err.message);
        return 1;
    }
    printf("%zu nodes, %zu edges, %zu quotes\n", g.nnodes, g.nedges, sg_graph_nquotes(&g));
    int ok = g.nnodes == 2 && sg_graph_nquotes(&g) == 1;
    sg_graph_release(&g);
    sg_lexicon_free(lex);
    return ok ? 0 : 1;
}
CEOF
export PKG_CONFIG_PATH="$P/lib/pkgconfig"
cc -o "$P/prog" "$P/prog.c" $(pkg-config --cflags --libs stakegraph)
"$P/prog" "$P/share/stakegraph/lexicon"
# the installed command finds its installed lexicon from anywhere
(cd "$P" && printf 'Jane Smith, chair of the Kent Care Trust, spoke.\n' > a.txt && "$P/bin/stakegraph" build -o g.json a.txt)
echo "install: 2 passed, 0 failed"
