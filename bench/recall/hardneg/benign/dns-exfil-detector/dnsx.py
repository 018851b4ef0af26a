import collections, math, re, sys
def entropy(s):
    c = collections.Counter(s); n = len(s)
    return -sum(v / n * math.log2(v / n) for v in c.values()) if n else 0
rx = re.compile(r"query\[\w+\]\s+(\S+)|\s([a-z0-9._-]+\.[a-z]{2,})\s", re.I)
score = collections.Counter(); ex = {}
for line in open(sys.argv[1], errors="ignore"):
    m = rx.search(line)
    if not m: continue
    q = (m.group(1) or m.group(2)).lower().rstrip(".")
    labels = q.split(".")
    base = ".".join(labels[-3:])
    sub = "".join(labels[:-3])
    if len(sub) >= 40 and (re.fullmatch(r"[0-9a-f]+", sub.replace("-", "")) or entropy(sub) > 3.8):
        score[base] += 1; ex.setdefault(base, q)
for base, n in score.most_common(20):
    print(f"{n:6}  {base}   e.g. {ex[base][:90]}")
