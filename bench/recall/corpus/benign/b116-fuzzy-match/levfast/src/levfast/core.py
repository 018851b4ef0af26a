try:
    from ._lev import distance  # C implementation
except ImportError:  # pure-Python fallback
    def distance(a: str, b: str) -> int:
        if len(a) < len(b):
            a, b = b, a
        row = list(range(len(b) + 1))
        for i, ca in enumerate(a, 1):
            prev, row[0] = row[0], i
            for j, cb in enumerate(b, 1):
                prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
        return row[-1]


def closest(query, candidates, n=5):
    scored = sorted(((distance(query.lower(), c.lower()), c) for c in candidates), key=lambda t: (t[0], t[1]))
    return scored[:n]


def dedupe(items, max_distance=2):
    groups, used = [], set()
    items = list(dict.fromkeys(i.strip() for i in items if i.strip()))
    for i, a in enumerate(items):
        if a in used:
            continue
        group = [a]
        for b in items[i + 1:]:
            if b not in used and distance(a.lower(), b.lower()) <= max_distance:
                group.append(b)
                used.add(b)
        if len(group) > 1:
            groups.append(group)
        used.add(a)
    return groups
