#!/usr/bin/env python3
"""Generate a synthetic corpus for benchmarks: articles that recombine the sample
articles' sentence patterns with varied names, so the graph grows with the corpus.

usage: gen_corpus.py OUTDIR MEGABYTES [SEED]
"""
import os
import random
import sys

FIRST = ("Alice Amir Beth Carlos Chloe Daniel Dev Eleanor Farid Grace Hannah Ian Jade Kofi "
         "Laura Mei Nadia Oscar Priya Quentin Rosa Samir Tara Uma Victor Wendy Yusuf Zara").split()
SYL = "ash ber cal den fer gil har ing jor kel lam mor nor ost pel quin ros sel tor ull ven wyn".split()
ORG_TAIL = ("Trust", "Institute", "Partnership", "Alliance", "Forum", "Association", "Foundation",
            "Centre", "Group", "Network")
ROLES_LEAD = ("chief executive", "chair", "chief officer", "director-general")
ROLES_MEMBER = ("director", "senior fellow", "spokesperson", "finance director")
QUOTES = (
    "We cannot close wards without better care at home.",
    "The money has to follow the patient, otherwise nothing changes.",
    "These plans are our best chance to join up health and social care.",
    "Nobody asked the staff what they thought of the plan.",
    "Local people must have a say before any service closes.",
)


def footprints(path):
    names = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            names.append(line.split("\t")[0].strip())
    return names


def surname(r):
    return (r.choice(SYL) + r.choice(SYL)).capitalize()


def place(r):
    return (r.choice(SYL) + r.choice(SYL) + r.choice(("shire", "ton", "ford", "ham"))).capitalize()


def article(r, fps, n):
    p1 = f"{r.choice(FIRST)} {surname(r)}"
    p2 = f"{r.choice(FIRST)} {surname(r)}"
    org = f"{place(r)} {r.choice(('Health', 'Care', 'Community'))} {r.choice(ORG_TAIL)}"
    words = org.split()
    acr = "".join(w[0] for w in words)
    council = f"{place(r)} County Council"
    stp = r.choice(fps)
    day = r.randint(1, 28)
    month = r.randint(1, 12)
    lines = [f"{day:02d}.{month:02d}.{r.randint(15, 19)}",
             f"Plans for {stp} under scrutiny ({n})"]
    body = [
        f"{p1}, {r.choice(ROLES_LEAD)} of the {org} ({acr}), said: \u201c{r.choice(QUOTES)}\u201d",
        f"{council} refused to endorse the {stp} STP after a long debate.",
        f"{p2} is {r.choice(ROLES_MEMBER)} at the {org} and sits on the {stp} STP board.",
        f"The {acr} found that the plans lack robust plans to deliver savings.",
        f"\u201c{r.choice(QUOTES)}\u201d said {p2}.",
        f"According to the {org}, \u201c{r.choice(QUOTES)}\u201d",
        f"The {org.split()[-1].lower()} welcomed the {stp} STP in its response.",
        "Campaigners said the consultation had been too short and too narrow, and that the "
        "timetable left little room for local people to shape the proposals.",
    ]
    r.shuffle(body[3:])
    return "\n".join(lines + body) + "\n"


def main():
    out, mb = sys.argv[1], float(sys.argv[2])
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    here = os.path.dirname(os.path.abspath(__file__))
    fps = footprints(os.path.join(here, "..", "graphs", "lexicon", "stp_footprints.tsv"))
    r = random.Random(seed)
    os.makedirs(out, exist_ok=True)
    total, n = 0, 0
    while total < mb * 1e6:
        text = article(r, fps, n).encode("utf-8")
        with open(os.path.join(out, f"a{n:07d}.txt"), "wb") as f:
            f.write(text)
        total += len(text)
        n += 1
    print(f"{n} articles, {total} bytes in {out}")


if __name__ == "__main__":
    main()
