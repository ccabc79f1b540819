#!/usr/bin/python3
"""centrality.py - NetworkX computing what `stakegraph rank` computes, for make bench:
the graph JSON loaded, then degree, PageRank (edge types turned and weighted as the
README's Analysis says), betweenness from PIVOTS sources (undirected, unweighted,
parallel edges once) and eigenvector centrality (undirected, weighted); the top
node by PageRank printed.

usage: centrality.py GRAPH PIVOTS
"""
import json
import sys

import networkx as nx

# PageRank direction and weight per edge type (README, "Analysis")
PR = {"leads": (-1, 1.0), "member_of": (-1, 0.5), "endorses": (1, 1.0), "opposes": (1, 0.5),
      "quotes": (1, 0.25)}


def main():
    path, pivots = sys.argv[1], int(sys.argv[2])
    with open(path) as f:
        g = json.load(f)
    directed, undirected = nx.MultiDiGraph(), nx.Graph()
    ids = [n["id"] for n in g["nodes"]]
    directed.add_nodes_from(ids)
    undirected.add_nodes_from(ids)
    for e in g["edges"]:
        a, b = e["source"], e["target"]
        way, w = PR[e["type"]]
        directed.add_edge(a, b, weight=w) if way > 0 else directed.add_edge(b, a, weight=w)
        if a != b:
            before = undirected[a][b]["weight"] if undirected.has_edge(a, b) else 0
            undirected.add_edge(a, b, weight=before + 1)
    degree = dict(directed.degree())
    pagerank = nx.pagerank(directed, alpha=0.85, weight="weight")
    betweenness = nx.betweenness_centrality(undirected, k=min(pivots, len(ids)), seed=1,
                                            weight=None)
    eigenvector = nx.eigenvector_centrality_numpy(undirected, weight="weight")
    top = max(pagerank, key=pagerank.get)
    print(json.dumps({"top": top, "degree": degree[top], "pagerank": pagerank[top],
                      "betweenness": betweenness[top], "eigenvector": eigenvector[top]}))


if __name__ == "__main__":
    main()
