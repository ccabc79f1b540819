// Load stakegraph's Cytoscape.js and graphology exports in the real libraries and
// compare node and edge counts and a few attributes with the graph JSON.
// usage: node load.mjs GRAPH.json CYTOSCAPE.json GRAPHOLOGY.json
import { readFileSync } from 'node:fs';
import cytoscape from 'cytoscape';
import graphology from 'graphology';

const [graphPath, cyPath, goPath] = process.argv.slice(2);
const graph = JSON.parse(readFileSync(graphPath, 'utf8'));
let failed = 0;
let passed = 0;
function check(name, ok, detail) {
  if (ok) { passed++; } else { failed++; console.error(`FAIL: ${name} ${detail ?? ''}`); }
}

const cy = cytoscape({ headless: true, elements: JSON.parse(readFileSync(cyPath, 'utf8')).elements });
check('cytoscape nodes', cy.nodes().length === graph.nodes.length, `${cy.nodes().length} != ${graph.nodes.length}`);
check('cytoscape edges', cy.edges().length === graph.edges.length, `${cy.edges().length} != ${graph.edges.length}`);
const n0 = graph.nodes[0];
check('cytoscape node type', cy.getElementById(n0.id).data('type') === n0.type);
check('cytoscape pagerank', Math.abs(cy.getElementById(n0.id).data('pagerank') - n0.centrality.pagerank) < 1e-9);
const e0 = graph.edges[0];
check('cytoscape edge sign', cy.getElementById(e0.id).data('sign') === e0.sign);

const Graph = graphology.Graph ?? graphology;
const g = Graph.from(JSON.parse(readFileSync(goPath, 'utf8')));
check('graphology nodes', g.order === graph.nodes.length, `${g.order} != ${graph.nodes.length}`);
check('graphology edges', g.size === graph.edges.length, `${g.size} != ${graph.edges.length}`);
check('graphology type', g.type === 'directed' && g.multi === true);
check('graphology node attribute', g.getNodeAttribute(n0.id, 'name') === n0.name);
check('graphology edge evidence', g.getEdgeAttribute(e0.id, 'evidence') === e0.evidence.length);

console.log(`clients: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
