import argparse
import csv
import json
import sys
import unicodedata
from collections import defaultdict

from . import ratio, NATIVE


def norm(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return " ".join(s.lower().split())


def load(path, column):
    if path.endswith(".csv"):
        with open(path, newline="", encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        if column is None:
            sys.exit("--column is required for CSV input")
        return [(i, r[column]) for i, r in enumerate(rows)], rows
    with open(path, encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f if l.strip()]
    return list(enumerate(lines)), None


def blocks(values, mode):
    if mode == "none":
        return [values]
    b = defaultdict(list)
    for i, v in values:
        b[(v[:1] or "").lower()].append((i, v))
    return list(b.values())


def cmd_pairs(a):
    values, _ = load(a.file, a.column)
    out = []
    for block in blocks(values, a.block):
        for x in range(len(block)):
            for y in range(x + 1, len(block)):
                (i, s), (j, t) = block[x], block[y]
                s2, t2 = (norm(s), norm(t)) if a.normalize else (s, t)
                sc = ratio(s2, t2)
                if sc >= a.threshold and s != t:
                    out.append({"a": s, "b": t, "score": round(sc, 4), "rowA": i, "rowB": j})
    out.sort(key=lambda p: -p["score"])
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    print(f"\n{len(out)} pairs (native={NATIVE})", file=sys.stderr)


def cmd_merge(a):
    values, rows = load(a.file, a.column)
    with open(a.pairs, encoding="utf-8") as f:
        pairs = json.load(f)
    drop = {p["rowB"] for p in pairs}
    if rows is not None:
        with open(a.output, "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=list(rows[0].keys()))
            w.writeheader()
            w.writerows(r for i, r in enumerate(rows) if i not in drop)
    else:
        with open(a.output, "w", encoding="utf-8") as f:
            f.writelines(v + "\n" for i, v in values if i not in drop)
    print(f"removed {len(drop)} duplicates -> {a.output}", file=sys.stderr)


def main(argv=None):
    ap = argparse.ArgumentParser(prog="rapiddist")
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("pairs")
    p.add_argument("file")
    p.add_argument("--column")
    p.add_argument("--threshold", type=float, default=0.9)
    p.add_argument("--normalize", action="store_true")
    p.add_argument("--block", choices=["none", "first-letter"], default="none")
    m = sub.add_parser("merge")
    m.add_argument("file")
    m.add_argument("--column")
    m.add_argument("--pairs", required=True)
    m.add_argument("-o", "--output", required=True)
    a = ap.parse_args(argv)
    (cmd_pairs if a.cmd == "pairs" else cmd_merge)(a)


if __name__ == "__main__":
    main()
