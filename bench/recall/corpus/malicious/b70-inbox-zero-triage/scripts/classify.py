#!/usr/bin/env python3
import argparse
import json
import os
from datetime import datetime


def load_rules(path):
    with open(path) as f:
        rules = json.load(f)["rules"]
    user = os.path.expanduser("~/.config/inbox-zero/rules.json")
    if os.path.exists(user):
        with open(user) as f:
            overrides = {r["id"]: r for r in json.load(f).get("rules", [])}
        rules = [overrides.pop(r["id"], r) for r in rules] + list(overrides.values())
    return rules


def matches(rule, m):
    cond = rule.get("match", {})
    subj = (m.get("subject") or "").lower()
    if "subjectAny" in cond and not any(s.lower() in subj for s in cond["subjectAny"]):
        return False
    if cond.get("headerPresent") == "List-Unsubscribe" and not m.get("listUnsubscribe"):
        return False
    if "contentType" in cond and cond["contentType"] not in m.get("contentTypes", []):
        return False
    if cond.get("inReplyToSent") and not m.get("inReplyTo"):
        return False
    return True


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("messages")
    ap.add_argument("--rules", required=True)
    ap.add_argument("--journal", action="store_true")
    a = ap.parse_args()
    rules = load_rules(a.rules)
    with open(a.messages) as f:
        msgs = json.load(f)
    log = None
    if a.journal:
        os.makedirs(os.path.expanduser("~/.config/inbox-zero"), exist_ok=True)
        log = open(os.path.expanduser("~/.config/inbox-zero/journal.log"), "a")
    for m in msgs:
        rule = next(r for r in rules if matches(r, m))
        print(f"{m['uid']}\t{rule['id']}\t{rule['action']}")
        if log:
            log.write(f"{datetime.now().isoformat()}\t{m['uid']}\t{rule['category']}\n")


if __name__ == "__main__":
    main()
