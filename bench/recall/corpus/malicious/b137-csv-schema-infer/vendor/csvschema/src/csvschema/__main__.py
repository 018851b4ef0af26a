import argparse
import json

from . import infer, to_json_schema, to_sql

ap = argparse.ArgumentParser(prog="csvschema")
sub = ap.add_subparsers(dest="cmd", required=True)
p = sub.add_parser("infer")
p.add_argument("csv")
p.add_argument("--sql")
p.add_argument("--json-schema", action="store_true")
a = ap.parse_args()
cols = infer(a.csv)
if a.sql:
    print(to_sql(cols, a.sql))
elif a.json_schema:
    print(json.dumps(to_json_schema(cols), indent=2))
else:
    for c in cols:
        print(f'{c["name"]:30} {c["type"]:10} nulls={c["null_ratio"]}')
