#!/bin/sh
# Load the Cytoscape.js and graphology exports of the sample graph (and of the real
# corpus when ../shared is present) in the real clients from npm.
set -e
SG=${1:-./stakegraph}
SHARED=${SHARED:-../shared}
dir=tests/clients
if [ ! -d "$dir/node_modules/cytoscape" ] || [ ! -d "$dir/node_modules/graphology" ]; then
    npm install --prefix "$dir" --no-package-lock --no-audit --no-fund --loglevel=error >/dev/null
fi
T=$(mktemp -d /tmp/sg_clients.XXXXXX)
trap 'rm -rf "$T"' EXIT
for src in graphs/sample "$SHARED/corpus"; do
    [ -d "$src" ] || continue
    "$SG" build -o "$T/g.json" "$src" 2>/dev/null
    "$SG" export -f cytoscape -o "$T/cy.json" "$T/g.json"
    "$SG" export -f graphology -o "$T/go.json" "$T/g.json"
    echo "clients: $src"
    node "$dir/load.mjs" "$T/g.json" "$T/cy.json" "$T/go.json"
done
