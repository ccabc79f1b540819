#!/usr/bin/python3
"""Cross-check stakegraph's PageRank, betweenness and degree against NetworkX on
the same edge lists (make check). Graphs: a random graph of 10,000 nodes and
50,000 typed edges (PageRank, degree), a random graph of 10,000 nodes below the
giant-component threshold and one of 1,500 nodes with a giant component
(betweenness; NetworkX's pure-Python betweenness on a connected 10,000-node graph
takes minutes). Tolerance 1e-6.

usage: crosscheck.py STAKEGRAPH
"""
import json
import os
import random
import subprocess
import sys
import tempfile

import networkx as nx

SG = sys.argv[1] if len(sys.argv) > 1 else "./stakegraph"
TOL = 1e-6
# PageRank direction and weight per edge type (README, "Analysis")
PR = {"leads": (-1, 1.0), "member_of": (-1, 0.5), "endorses": (1, 1.0), "opposes": (1, 0.5),
      "quotes": (1, 0.25)}
passed = failed = 0


def random_edges(n, m, seed):
    r = random.Random(seed)
    seen = set()
    types = list(PR)
    while len(seen) < m:
        a, b = r.randrange(n), r.randrange(n)
        if a != b:
            seen.add((a, b, r.choice(types)))
    return sorted(seen)


def kept(edges):
    """The edges a graph keeps: a member_of edge beside a leads edge between the same
    two stakeholders is dropped (README, "The graph JSON")."""
    leads = {(a, b) for a, b, t in edges if t == "leads"}
    return [(a, b, t) for a, b, t in edges if not (t == "member_of" and (a, b) in leads)]


def ours(n, edges, tmp):
    src = os.path.join(tmp, "in.json")
    out = os.path.join(tmp, "out.json")
    with open(src, "w") as f:
        json.dump({"format": "stakegraph-graph", "version": 1, "documents": [],
                   "nodes": [{"id": f"n{i}", "type": "person", "name": f"N{i}"} for i in range(n)],
                   "edges": [{"source": f"n{a}", "target": f"n{b}", "type": t} for a, b, t in edges]}, f)
    subprocess.run([SG, "merge", "-o", out, src], check=True)
    with open(out) as f:
        g = json.load(f)
    return {int(x["id"][1:]): x["centrality"] for x in g["nodes"]}, g.get("analysis", {})


def check(name, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print(f"FAIL: {name} {detail}", file=sys.stderr)


def compare(name, ours_vals, theirs):
    worst = max(abs(ours_vals[v] - theirs[v]) for v in theirs)
    check(name, worst <= TOL, f"max difference {worst:g}")
    print(f"crosscheck: {name}: {len(theirs)} nodes, max difference {worst:.2e}")


def pagerank_case(n, m, seed, tmp):
    edges = random_edges(n, m, seed)
    c, _ = ours(n, edges, tmp)
    G = nx.MultiDiGraph()
    G.add_nodes_from(range(n))
    for a, b, t in kept(edges):
        d, w = PR[t]
        G.add_edge(a, b, weight=w) if d > 0 else G.add_edge(b, a, weight=w)
    pr = nx.pagerank(G, alpha=0.85, weight="weight", tol=1e-14, max_iter=10000)
    compare(f"pagerank, {n} nodes {m} edges", {v: c[v]["pagerank"] for v in c}, pr)
    deg = {v: float(G.degree(v)) for v in G}
    compare(f"degree, {n} nodes", {v: c[v]["degree"] for v in c}, deg)


def betweenness_case(n, m, seed, tmp):
    edges = random_edges(n, m, seed)
    c, analysis = ours(n, edges, tmp)
    check(f"betweenness exact at {n} nodes", analysis.get("betweenness") == "exact", str(analysis))
    U = nx.Graph()
    U.add_nodes_from(range(n))
    U.add_edges_from((a, b) for a, b, _ in edges)
    bt = nx.betweenness_centrality(U, normalized=False)
    compare(f"betweenness, {n} nodes {U.number_of_edges()} links", {v: c[v]["betweenness"] for v in c}, bt)


def same_bytes_case(n, m, seed, tmp):
    """Three analyses of one graph give the same bytes (OpenMP inside igraph's
    PageRank once made the last digits vary at this size)."""
    edges = random_edges(n, m, seed)
    outs = []
    for i in range(3):
        ours(n, edges, tmp)
        with open(os.path.join(tmp, "out.json"), "rb") as f:
            outs.append(f.read())
    check(f"same bytes on three runs, {n} nodes {m} edges", outs[0] == outs[1] == outs[2])
    print(f"crosscheck: same bytes on three runs of {n} nodes, {m} edges: {outs[0] == outs[1] == outs[2]}")


def main():
    with tempfile.TemporaryDirectory() as tmp:
        same_bytes_case(20_000, 100_000, 5, tmp)
        pagerank_case(10_000, 50_000, 1, tmp)
        pagerank_case(300, 900, 2, tmp)
        betweenness_case(10_000, 4_500, 3, tmp)
        betweenness_case(1_500, 4_000, 4, tmp)
    print(f"crosscheck: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
