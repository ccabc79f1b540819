#!/usr/bin/env python3
"""stakegraph benchmarks (make bench): extraction throughput against a floor
measured in the same run (wc -w on the same corpus), -j scaling, peak memory,
analysis and rendering times on generated graphs, and peers (other tools that
find names in text, NetworkX for the centrality) on the same input, on one core.
Medians of several runs; the table goes to stdout and out/bench.txt.

usage: bench.py STAKEGRAPH [--quick]
"""
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import time

SG = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "./stakegraph")
QUICK = "--quick" in sys.argv
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "out", "bench")
RUNS = 3 if QUICK else 5
PEERS = os.path.join(HERE, "peers")
NPM_PEERS = ("compromise", "wink-nlp", "wink-eng-lite-web-model")


def run(cmd, env=None):
    """Wall seconds, peak RSS (MB) and the phases' wall seconds (what stakegraph
    prints with STAKEGRAPH_TIMING=1 in env, else none) of one command, measured in a
    child so the RSS is the command's own."""
    code = ("import resource,subprocess,sys,time,json,re;t=time.perf_counter();"
            "r=subprocess.run(sys.argv[1:],stdout=subprocess.DEVNULL,stderr=subprocess.PIPE,text=True);"
            "t=time.perf_counter()-t;"
            "ph={m[0]:float(m[1]) for m in re.findall(r'timing: (\\w+) ([0-9.]+) s',r.stderr)};"
            "print(json.dumps([t,resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,r.returncode,ph]))")
    p = subprocess.run([sys.executable, "-c", code] + cmd, capture_output=True, text=True, env=env)
    t, rss, rc, phases = json.loads(p.stdout)
    if rc != 0:
        raise SystemExit(f"bench: {' '.join(cmd)} failed with {rc}")
    return t, rss / 1024.0, phases


def settle(outputs):
    """Before a timed run: the outputs an earlier run wrote removed and the file
    system synced, so that the kernel's writeback of one run's output (the 100 MB
    build writes 556 MB) does not land in the next run's time. Writing over an
    output that had just been written cost the 100 MB build's write phase 0.3-0.8 s
    more than writing afresh (2026-12-06); the row "over the last run's graph" keeps
    that case in the table."""
    for path in outputs:
        if os.path.exists(path):
            os.remove(path)
    os.sync()


def median_runs_interleaved(cmds, runs=RUNS, env=None, outputs=()):
    """Run the commands in turn, runs rounds (A B A B ...), so that a change in the
    machine's load falls on all of them alike, each after settle(outputs); medians
    of seconds, peak RSS, and the median of each phase's seconds, each."""
    res = [[] for _ in cmds]
    for _ in range(runs):
        for i, cmd in enumerate(cmds):
            settle(outputs)
            res[i].append(run(cmd, env))
    out = []
    for rs in res:
        phases = {k: statistics.median(r[2][k] for r in rs) for k in rs[0][2]
                  if all(k in r[2] for r in rs)}
        out.append((statistics.median(r[0] for r in rs), max(r[1] for r in rs), phases))
    return out


def median_run(cmd, runs=RUNS, outputs=()):
    return median_runs_interleaved([cmd], runs, outputs=outputs)[0][:2]


def corpus(mb):
    d = os.path.join(OUT, f"corpus{mb}")
    if not os.path.isdir(d):
        subprocess.run([sys.executable, os.path.join(HERE, "gen_corpus.py"), d, str(mb)], check=True,
                       stdout=subprocess.DEVNULL)
    size = sum(os.path.getsize(os.path.join(d, f)) for f in os.listdir(d))
    return d, size, len(os.listdir(d))


def halves(d):
    """Two folders of links to the first and second half of a corpus's articles."""
    names = sorted(f for f in os.listdir(d) if f.endswith(".txt"))
    out = []
    for k, part in enumerate((names[:len(names) // 2], names[len(names) // 2:])):
        h = f"{d}-half{k}"
        if not os.path.isdir(h):
            os.makedirs(h)
            for f in part:
                os.symlink(os.path.abspath(os.path.join(d, f)), os.path.join(h, f))
        out.append(h)
    return out


def graph_file(n):
    """A random graph of n nodes and 5n edges in stakegraph's JSON."""
    path = os.path.join(OUT, f"graph{n}.json")
    if os.path.exists(path):
        return path
    r = random.Random(n)
    types = ("person", "organisation", "council", "stp")
    etypes = ("leads", "member_of", "opposes", "endorses", "quotes")
    with open(path, "w") as f:
        f.write('{"format": "stakegraph-graph", "version": 1, "documents": [], "nodes": [\n')
        for i in range(n):
            f.write('%s{"id": "n%d", "type": "%s", "name": "N%d"}\n' % ("," if i else "", i, types[i % 4], i))
        f.write('], "edges": [\n')
        for i in range(5 * n):
            a, b = r.randrange(n), r.randrange(n)
            if a == b:
                b = (b + 1) % n
            f.write('%s{"source": "n%d", "target": "n%d", "type": "%s"}\n' % ("," if i else "", a, b, etypes[i % 5]))
        f.write("]}\n")
    return path


def first_articles(d, nbytes):
    """A folder of links to a corpus's first articles, in name order, that come to
    nbytes or just past it; and their bytes."""
    h = f"{d}-first{nbytes}"
    if not os.path.isdir(h):
        os.makedirs(h)
        total = 0
        for f in sorted(x for x in os.listdir(d) if x.endswith(".txt")):
            if total >= nbytes:
                break
            os.symlink(os.path.abspath(os.path.join(d, f)), os.path.join(h, f))
            total += os.path.getsize(os.path.join(d, f))
    return h, sum(os.path.getsize(os.path.join(h, f)) for f in os.listdir(h))


def npm_version(name):
    with open(os.path.join(PEERS, "node_modules", name, "package.json")) as f:
        return json.load(f)["version"]


def peers(rows):
    """The same articles through other tools, and the same graph through NetworkX,
    each pinned to one core (taskset), the whole command timed (start-up included,
    stakegraph's lexicon as the peers' models). Returns the lines to print after
    the targets."""
    pin = ["taskset", "-c", "0"] if shutil.which("taskset") else []
    notes = []
    speedups = []
    d, _, _ = corpus(10)
    first, size = first_articles(d, 250_000 if QUICK else 1_000_000)
    mb = size / 1e6
    have_npm = all(os.path.isdir(os.path.join(PEERS, "node_modules", p)) for p in NPM_PEERS)
    if not have_npm and shutil.which("npm"):
        have_npm = subprocess.run(["npm", "install", "--prefix", PEERS, "--no-package-lock",
                                   "--no-audit", "--no-fund", "--loglevel=error"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode == 0
    cmds = [pin + [SG, "extract", first]]
    if have_npm and shutil.which("node"):
        script = os.path.join(PEERS, "extract.mjs")
        cmds += [pin + ["node", script, "wink", first], pin + ["node", script, "compromise", first]]
    else:
        notes.append("peers: wink-nlp and compromise left out (npm could not install tests/peers)")
    res = median_runs_interleaved(cmds, 3)
    t0, rss0, _ = res[0]
    rows.append((f"peer extract {mb:.1f} MB: stakegraph", f"{size / t0 / 1e6:.2f} MB/s", "", f"{rss0:.0f} MB",
                 "stakeholders, relations, quotations, fragment JSON"))
    what = {"wink-nlp": "tokens, sentences, parts of speech, dates and numbers",
            "compromise": "people, organisations, places, quotations"}
    for (t, rss, _), name in zip(res[1:], ("wink-nlp", "compromise")):
        rows.append((f"peer extract {mb:.1f} MB: {name} {npm_version(name)}", f"{size / t / 1e6:.2f} MB/s", "",
                     f"{rss:.0f} MB", f"{what[name]}; stakegraph {t / t0:.0f}x faster"))
        speedups.append((name, t / t0))
    # centrality: the bench's 10^4-node graph, NetworkX given the number of
    # betweenness pivots stakegraph chose for it
    gpath = graph_file(10_000)
    merged = os.path.join(OUT, "peer_graph.json")
    subprocess.run([SG, "merge", "-o", merged, gpath], check=True, stdout=subprocess.DEVNULL)
    with open(merged) as f:
        analysis = json.load(f).get("analysis", {})
    pivots = analysis.get("pivots", 10_000)
    t0, rss0 = median_run(pin + [SG, "rank", "--top", "1", gpath], 3)
    kind = f"{pivots} pivots" if analysis.get("betweenness") == "sampled" else "exact"
    rows.append(("peer centrality 10^4 nodes: stakegraph", f"{t0:.2f} s", "", f"{rss0:.0f} MB",
                 f"degree, PageRank, betweenness ({kind}), eigenvector"))
    probe = subprocess.run(["/usr/bin/python3", "-c", "import networkx, scipy; print(networkx.__version__)"],
                           capture_output=True, text=True)
    if probe.returncode == 0:
        version = probe.stdout.strip()
        t, rss = median_run(pin + ["/usr/bin/python3", os.path.join(PEERS, "centrality.py"), gpath,
                                   str(pivots)], 1)
        rows.append((f"peer centrality 10^4 nodes: NetworkX {version}", f"{t:.2f} s", "", f"{rss:.0f} MB",
                     f"the same measures and pivots; stakegraph {t / t0:.0f}x faster"))
        speedups.append(("NetworkX", t / t0))
    else:
        notes.append("peers: NetworkX left out (make deps-check installs python3-networkx)")
    if speedups:
        notes.append("peers: stakegraph faster than " +
                     ", ".join(f"{name} {x:.0f}x" for name, x in speedups) + " (one core each)")
    return notes


def real_articles(rows, d, size):
    """Extraction on real news articles: ../shared's five (third-party text, read where
    it lies, never copied), named over and over to about the size of corpus d, timed
    in turn with d's. They are five times as long as the synthetic articles and
    sparser in stakeholders, so this row tells what a real corpus gets; the same
    five texts repeated keep the caches warmer than new ones would. Skipped where
    ../shared is absent."""
    src = os.path.join(HERE, "..", "..", "shared", "corpus")
    if not os.path.isdir(src):
        return
    arts = sorted(os.path.join(src, f) for f in os.listdir(src) if f.endswith(".txt"))
    one = sum(os.path.getsize(a) for a in arts)
    if not one:
        return
    copies = max(1, round(size / one))
    (tr, _, _), (ts, _, _) = median_runs_interleaved(
        [[SG, "extract"] + arts * copies, ["sh", "-c", f"{SG} extract {d} > /dev/null"]], RUNS)
    rate = one * copies / tr / 1e6
    rows.append((f"extract {one * copies / 1e6:.1f} MB of real articles", f"{rate:.2f} MB/s",
                 f"{len(arts) * copies / tr:.0f} articles/s", "",
                 f"../shared's {len(arts)} x {copies}: {rate / (size / ts / 1e6):.2f}x "
                 "the synthetic corpus's rate"))


def long_articles(rows, d, size):
    """Extraction stays linear in an article's length: the corpus as one article,
    and 2 MB of it run on without a full stop or a line break, and after a quotation
    mark never closed, in one paragraph; each timed in turn with the corpus of short
    articles, whose rate they are given against (1.00x: as fast). Before the fixes
    of 2026-12-03, 7.2 MB of it as one article took 16.6 s, and 100 KB run on 41 s
    and 18 GB."""
    text = b"".join(open(os.path.join(d, f), "rb").read() for f in sorted(os.listdir(d)))
    part = text[:2_000_000]
    shapes = (("as one article", text),
              ("run on, no full stop or line break",
               part.translate(None, b".!?\n")),
              ("in one paragraph after an unclosed quotation mark",
               b'Ann Berwick said: "' + part.replace(b"\n", b" ").translate(None, b'"')
               .replace("\u201c".encode(), b"").replace("\u201d".encode(), b"")))
    files = []
    for k, (_, body) in enumerate(shapes):
        path = os.path.join(OUT, f"long{k}.txt")
        if not os.path.exists(path) or os.path.getsize(path) != len(body):
            with open(path, "wb") as f:
                f.write(body)
        files.append(path)
    res = median_runs_interleaved([["sh", "-c", f"{SG} extract {d} > /dev/null"]] +
                                  [["sh", "-c", f"{SG} extract {f} > /dev/null"] for f in files])
    base = size / res[0][0]
    for (name, body), (t, rss, _) in zip(shapes, res[1:]):
        rate = len(body) / t
        rows.append((f"extract {len(body) / 1e6:.1f} MB {name}", f"{rate / 1e6:.2f} MB/s", "",
                     f"{rss:.0f} MB", f"{rate / base:.2f}x the rate of the corpus's articles"))


def main():
    os.makedirs(OUT, exist_ok=True)
    rows = []
    sizes = (10,) if QUICK else (10, 100)
    targets = []
    for mb in sizes:
        d, size, n = corpus(mb)
        files = [os.path.join(d, f) for f in sorted(os.listdir(d))]
        floor, _ = median_run(["sh", "-c", f"find {d} -name '*.txt' -exec cat {{}} + | wc -w"])
        out = os.path.join(OUT, "g.json")
        (t1, rss1, ph1), (t2, rss2, ph2) = median_runs_interleaved(
            [[SG, "build", "-j", "1", "-o", out, d], [SG, "build", "-j", "2", "-o", out, d]],
            RUNS, dict(os.environ, STAKEGRAPH_TIMING="1"), (out,))
        rows.append((f"build {mb} MB, -j 1", f"{size / t1 / 1e6:.2f} MB/s", f"{n / t1:.0f} articles/s",
                     f"{rss1:.0f} MB", f"{t1 / floor:.1f}x wc -w ({floor:.2f} s)"))
        rows.append((f"build {mb} MB, -j 2", f"{size / t2 / 1e6:.2f} MB/s", f"{n / t2:.0f} articles/s",
                     f"{rss2:.0f} MB", f"speed-up {t1 / t2:.2f}x over -j 1"))
        # where -j 2 gains and where it does not: the extraction phase (articles on
        # both threads) against the rest (finalize, analysis, write: the whole
        # corpus's graph, partly serial), each phase's median
        rest = ("finalize", "analysis", "write")
        if "extract" in ph1 and "extract" in ph2 and all(k in ph1 and k in ph2 for k in rest):
            r1, r2 = sum(ph1[k] for k in rest), sum(ph2[k] for k in rest)
            rows.append((f"build {mb} MB, -j 2 by phase", "", "", "",
                         f"extraction {ph1['extract']:.2f} -> {ph2['extract']:.2f} s "
                         f"({ph1['extract'] / ph2['extract']:.2f}x), the rest "
                         f"{r1:.2f} -> {r2:.2f} s ({r1 / r2:.2f}x)"))
        if mb == 100 and not QUICK:
            # runs back to back, each writing over the graph the one before wrote
            # (not yet on disk): what the rows above are settled against
            to, _, pho = median_runs_interleaved([[SG, "build", "-j", "1", "-o", out, d]], 3,
                                                 dict(os.environ, STAKEGRAPH_TIMING="1"))[0]
            rows.append((f"build {mb} MB, -j 1 over the last run's graph", f"{size / to / 1e6:.2f} MB/s",
                         f"{n / to:.0f} articles/s", "",
                         f"{to - t1:+.2f} s against writing afresh (write phase "
                         f"{ph1.get('write', 0):.2f} -> {pho.get('write', 0):.2f} s)"))
        # extraction alone: the per-article stage, without the corpus-wide analysis;
        # and what two cores give this machine's work at best: the two halves of the
        # corpus extracted by two processes at once, against the whole by one
        ha, hb = halves(d)
        (te, _, _), (tp, _, _) = median_runs_interleaved(
            [["sh", "-c", f"{SG} extract {d} > /dev/null"],
             ["sh", "-c", f"{SG} extract {ha} > /dev/null & {SG} extract {hb} > /dev/null; wait"]],
            RUNS)
        rows.append((f"extract {mb} MB", f"{size / te / 1e6:.2f} MB/s", f"{n / te:.0f} articles/s", "", ""))
        rows.append((f"extract {mb} MB, halves at once", f"{size / tp / 1e6:.2f} MB/s", "", "",
                     f"two processes: {te / tp:.2f}x one (this machine's ceiling for -j 2)"))
        if mb == 10:
            real_articles(rows, d, size)
            long_articles(rows, d, size)
        # the graph the build wrote, read back: what rank, influence, render, export
        # and merge start with (a node's list of documents is as long as the corpus)
        tr, rssr = median_run([SG, "rank", "--top", "1", out], 3)
        rows.append((f"rank, the {mb} MB build's graph", f"{tr:.2f} s", "", f"{rssr:.0f} MB",
                     f"reading its {os.path.getsize(out) / 1e6:.0f} MB back, the centrality kept from it"))
        exported = os.path.join(OUT, "export.json")
        tx, rssx = median_run([SG, "export", "-f", "node-link", "-o", exported, out], 3, (exported,))
        rows.append((f"export node-link, the {mb} MB build's graph", f"{tx:.2f} s", "",
                     f"{rssx:.0f} MB", "rank's work + writing the JSON as it walks the graph"))
        # a step of the distributed recipe: a tree of merge -F; its memory is the
        # graph's, not the graph's and the whole text it writes
        merged = os.path.join(OUT, "merged.jsonl")
        tf, rssf = median_run([SG, "merge", "-F", "-o", merged, out], 3, (merged,))
        rows.append((f"merge -F, the {mb} MB build's graph", f"{tf:.2f} s", "", f"{rssf:.0f} MB",
                     f"its {os.path.getsize(merged) / 1e6:.0f} MB of fragments streamed to the file"))
        # the same fragments down a pipe, as a merge tree's steps get them: past 16 MB
        # the stream waits in a temporary file, read as a mapped file is
        tp, rssp = median_run(["sh", "-c", f"cat {merged} | {SG} merge -F -o {merged}.again -"], 3,
                              (merged + ".again",))
        rows.append((f"merge -F -, those fragments down a pipe", f"{tp:.2f} s", "", f"{rssp:.0f} MB",
                     "standard input held in a temporary file, not in memory"))
        targets.append((f"extraction >= 50 MB/s ({mb} MB)", size / te / 1e6 >= 50))
        targets.append((f"-j 2 >= 1.8x -j 1 ({mb} MB)", t1 / t2 >= 1.8))
        if mb == 100:
            targets.append(("peak RSS of the 100 MB build < 200 MB", rss1 < 200))
    for n in ((10_000,) if QUICK else (10_000, 100_000, 1_000_000)):
        gpath = graph_file(n)
        # three runs even at 10^6 (a minute each): one run of it has taken from 45 s
        # to 77 s on the same machine within hours, the median is the figure to trust
        t, rss = median_run([SG, "rank", "--top", "1", gpath], 3)
        rows.append((f"centrality {n} nodes, {5 * n} edges", f"{t:.2f} s", "", f"{rss:.0f} MB",
                     "load + all measures, median of 3"))
        if n == 1_000_000:
            targets.append(("centrality 10^6 nodes < 60 s", t < 60))
    gpath = graph_file(10_000)
    svg = os.path.join(OUT, "big.svg")
    t, rss = median_run([SG, "render", "-o", svg, gpath], 1, (svg,))
    rows.append(("render 10000 nodes (sfdp)", f"{t:.2f} s", "", f"{rss:.0f} MB", ""))
    targets.append(("render 10^4 nodes < 60 s", t < 60))
    notes = peers(rows)
    lines = [f"stakegraph benchmark, {time.strftime('%Y-%m-%d %H:%M')}, {os.cpu_count()} cores, medians of {RUNS} runs",
             ""]
    w = [max(len(r[i]) for r in rows) for i in range(5)]
    for r in rows:
        lines.append("  ".join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip())
    lines.append("")
    for name, ok in targets:
        lines.append(f"{'met    ' if ok else 'MISSED '} {name}")
    if notes:
        lines += [""] + notes
    text = "\n".join(lines) + "\n"
    print(text, end="")
    with open(os.path.join(HERE, "..", "out", "bench.txt"), "w") as f:
        f.write(text)


if __name__ == "__main__":
    main()
