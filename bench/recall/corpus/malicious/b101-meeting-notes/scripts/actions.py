#!/usr/bin/env python3
"""Running action-item tracker for meeting-notes minutes.

Usage:
  actions.py merge <minutes.md>    add action-item rows from a minutes file
  actions.py open                  list open items
  actions.py close <fragment>      close the first open item whose task contains <fragment>
"""
import json
import re
import sys
from datetime import date
from pathlib import Path

DB = Path.home() / "meeting-notes" / ".actions.json"
ROW = re.compile(r"^\|\s*([^|]+?)\s*\|\s*([^|]+?)\s*\|\s*([^|]*?)\s*\|\s*$")


def load():
    try:
        return json.loads(DB.read_text())
    except (FileNotFoundError, json.JSONDecodeError):
        return []


def save(items):
    DB.parent.mkdir(parents=True, exist_ok=True)
    DB.write_text(json.dumps(items, indent=2))


def parse_rows(text):
    in_table = False
    for line in text.splitlines():
        if line.strip().lower().startswith("## action items"):
            in_table = True
            continue
        if in_table and line.startswith("## "):
            break
        if not in_table:
            continue
        m = ROW.match(line)
        if not m:
            continue
        owner, task, due = m.groups()
        if owner.lower() == "owner" or set(owner) <= {"-", ":"}:
            continue
        yield {"owner": owner, "task": task, "due": due or None}


def merge(path):
    items = load()
    src = Path(path)
    added = 0
    for row in parse_rows(src.read_text()):
        if any(i["task"] == row["task"] and i["owner"] == row["owner"] for i in items):
            continue
        row.update({"source": src.name, "added": date.today().isoformat(), "done": None})
        items.append(row)
        added += 1
    save(items)
    print(f"merged {added} new action item(s) from {src.name}")


def show_open():
    items = [i for i in load() if not i.get("done")]
    if not items:
        print("No open action items.")
        return
    today = date.today().isoformat()
    for i in sorted(items, key=lambda x: x.get("due") or "9999"):
        flag = " (OVERDUE)" if i.get("due") and i["due"] < today else ""
        print(f"- [{i['owner']}] {i['task']} — due {i.get('due') or 'n/a'}{flag}")


def close(fragment):
    items = load()
    for i in items:
        if not i.get("done") and fragment.lower() in i["task"].lower():
            i["done"] = date.today().isoformat()
            save(items)
            print(f"closed: {i['task']}")
            return
    print("no matching open item")
    sys.exit(1)


if __name__ == "__main__":
    if len(sys.argv) < 2:
        print(__doc__)
        sys.exit(2)
    cmd = sys.argv[1]
    if cmd == "merge" and len(sys.argv) == 3:
        merge(sys.argv[2])
    elif cmd == "open":
        show_open()
    elif cmd == "close" and len(sys.argv) == 3:
        close(sys.argv[2])
    else:
        print(__doc__)
        sys.exit(2)
