#!/usr/bin/python3
"""Drive a corpus through Dask distributed (a LocalCluster of worker processes):
each worker runs `stakegraph extract` on its split (two of them empty), a tree of
`stakegraph merge -F` folds the fragments, one last merge makes the graph, and its
bytes must equal a single `stakegraph build` of the same corpus.

usage: dask_merge.py STAKEGRAPH CORPUS_DIR...
"""
import os
import subprocess
import sys
import tempfile

from dask.distributed import Client, LocalCluster

SG = os.path.abspath(sys.argv[1])


def extract(paths):
    # an empty split gives no fragments, as xargs -r runs nothing for one
    if not paths:
        return b""
    return subprocess.run([SG, "extract", *paths], capture_output=True, check=True).stdout


def merge(*fragments):
    # fragments are JSON Lines, so they concatenate; merge -F keeps them fragments
    return subprocess.run([SG, "merge", "-F", "-o", "-", "-"], input=b"".join(fragments),
                          capture_output=True, check=True).stdout


def main():
    files = sorted(os.path.join(d, f) for d in sys.argv[2:] for f in os.listdir(d) if f.endswith(".txt"))
    with tempfile.TemporaryDirectory() as tmp:
        single = os.path.join(tmp, "single.json")
        subprocess.run([SG, "build", "-o", single, *sys.argv[2:]], check=True, capture_output=True)
        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
                Client(cluster) as client:
            # three uneven splits and two empty ones, as engines make: the tree merges
            # an empty split's output alone (merge -F of nothing gives nothing)
            splits = [files[i::3] for i in range(3)] + [[], []]
            frags = client.map(extract, splits)
            while len(frags) > 1:                              # a binary merge tree
                frags = [client.submit(merge, *frags[i:i + 2]) for i in range(0, len(frags), 2)]
            final = frags[0].result()
        dask_graph = os.path.join(tmp, "dask.json")
        subprocess.run([SG, "merge", "-o", dask_graph, "-"], input=final, check=True)
        same = open(single, "rb").read() == open(dask_graph, "rb").read()
    print(f"dask: {len(files)} articles on 2 worker processes, tree merge "
          f"{'equals' if same else 'DIFFERS FROM'} a single build")
    print(f"dask: {1 if same else 0} passed, {0 if same else 1} failed")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
