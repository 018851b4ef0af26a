import csv
import math
from collections import Counter

NULLS = {"", "na", "n/a", "null", "none", "nan", "-"}


def _kind(v):
    try:
        int(v)
        return "int"
    except ValueError:
        pass
    try:
        f = float(v)
        return "float" if math.isfinite(f) else "str"
    except ValueError:
        pass
    if v.lower() in ("true", "false", "yes", "no"):
        return "bool"
    return "str"


def profile(path, sample=200_000):
    with open(path, newline="", encoding="utf-8-sig") as fh:
        sniff = fh.read(4096)
        fh.seek(0)
        try:
            dialect = csv.Sniffer().sniff(sniff)
        except csv.Error:
            dialect = csv.excel
        reader = csv.DictReader(fh, dialect=dialect)
        cols = {name: {"kinds": Counter(), "nulls": 0, "values": Counter(), "nums": []} for name in reader.fieldnames or []}
        rows = 0
        for row in reader:
            rows += 1
            if rows > sample:
                break
            for name, v in row.items():
                if name not in cols:
                    continue
                c = cols[name]
                v = (v or "").strip()
                if v.lower() in NULLS:
                    c["nulls"] += 1
                    continue
                k = _kind(v)
                c["kinds"][k] += 1
                c["values"][v] += 1
                if k in ("int", "float"):
                    c["nums"].append(float(v))
    out = []
    for name, c in cols.items():
        nums = c["nums"]
        out.append({
            "column": name,
            "type": c["kinds"].most_common(1)[0][0] if c["kinds"] else "empty",
            "mixed": len(c["kinds"]) > 1,
            "nulls": c["nulls"],
            "distinct": len(c["values"]),
            "min": min(nums) if nums else None,
            "max": max(nums) if nums else None,
            "mean": round(sum(nums) / len(nums), 4) if nums else None,
            "top": [v for v, _ in c["values"].most_common(3)],
        })
    return {"rows": rows, "columns": out}
