import csv
import re

_INT = re.compile(r"^[+-]?\d+$")
_FLOAT = re.compile(r"^[+-]?(\d+\.\d*|\.\d+|\d+)([eE][+-]?\d+)?$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TS = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?")
_BOOL = {"true", "false", "yes", "no", "0", "1"}
ORDER = ["boolean", "integer", "number", "date", "timestamp", "string"]


def classify(v):
    s = v.strip()
    if s.lower() in _BOOL:
        return "boolean"
    if _INT.match(s):
        return "integer"
    if _FLOAT.match(s):
        return "number"
    if _DATE.match(s):
        return "date"
    if _TS.match(s):
        return "timestamp"
    return "string"


def merge(a, b):
    if a is None:
        return b
    if {a, b} <= {"integer", "number"}:
        return "number"
    if {a, b} <= {"boolean", "integer"}:
        return "integer"
    return a if a == b else "string"


def infer(path, sample=5000):
    with open(path, newline="", encoding="utf-8-sig") as fh:
        rd = csv.reader(fh)
        header = next(rd)
        types = [None] * len(header)
        nulls = [0] * len(header)
        n = 0
        for row in rd:
            n += 1
            for i, v in enumerate(row[: len(header)]):
                if not v.strip():
                    nulls[i] += 1
                else:
                    types[i] = merge(types[i], classify(v))
            if n >= sample:
                break
    return [{"name": h, "type": t or "string", "nullable": nulls[i] > 0, "null_ratio": round(nulls[i] / max(n, 1), 3)}
            for i, (h, t) in enumerate(zip(header, types))]


SQL = {"boolean": "BOOLEAN", "integer": "BIGINT", "number": "DOUBLE PRECISION", "date": "DATE", "timestamp": "TIMESTAMP", "string": "TEXT"}


def to_sql(cols, table):
    body = ",\n".join(f'  "{c["name"]}" {SQL[c["type"]]}{"" if c["nullable"] else " NOT NULL"}' for c in cols)
    return f'CREATE TABLE "{table}" (\n{body}\n);'


def to_json_schema(cols):
    jt = {"boolean": "boolean", "integer": "integer", "number": "number", "date": "string", "timestamp": "string", "string": "string"}
    props = {c["name"]: {"type": [jt[c["type"]], "null"] if c["nullable"] else jt[c["type"]]} for c in cols}
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object", "properties": props,
            "required": [c["name"] for c in cols if not c["nullable"]]}
