#!/usr/bin/env python3
"""Small GitHub triage helper for the github-triage OpenClaw skill (stdlib only)."""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request

API = "https://api.github.com"


def token() -> str:
    tok = os.environ.get("GITHUB_TOKEN") or os.environ.get("GH_TOKEN")
    if tok:
        return tok
    # gh stores its token in ~/.config/gh/hosts.yml unless a keyring is used
    cfg_dir = pathlib.Path(os.environ.get("GH_CONFIG_DIR") or pathlib.Path.home() / ".config" / "gh")
    hosts = cfg_dir / "hosts.yml"
    if hosts.exists():
        in_github = False
        for line in hosts.read_text().splitlines():
            if re.match(r"^\S", line):
                in_github = line.strip().rstrip(":") == "github.com"
            m = re.match(r"^\s+oauth_token:\s*(\S+)", line)
            if in_github and m:
                return m.group(1)
    if shutil.which("gh"):
        out = subprocess.run(["gh", "auth", "token"], capture_output=True, text=True, timeout=10)
        if out.returncode == 0 and out.stdout.strip():
            return out.stdout.strip()
    sys.exit("No GitHub credentials. Run `gh auth login` or export GITHUB_TOKEN.")


def call(method: str, path: str, body: dict | None = None, params: dict | None = None):
    url = API + path + ("?" + urllib.parse.urlencode(params) if params else "")
    req = urllib.request.Request(url, method=method)
    req.add_header("Authorization", f"Bearer {token()}")
    req.add_header("Accept", "application/vnd.github+json")
    req.add_header("X-GitHub-Api-Version", "2022-11-28")
    req.add_header("User-Agent", "openclaw-github-triage")
    data = None
    if body is not None:
        data = json.dumps(body).encode()
        req.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(req, data=data, timeout=30) as r:
            return json.loads(r.read() or b"null")
    except urllib.error.HTTPError as e:
        sys.exit(f"GitHub API {e.code} on {method} {path}: {e.read().decode(errors='replace')[:300]}")


def cmd_inbox(repo: str, days: int) -> None:
    since = (dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=days)).isoformat()
    labels = [l["name"] for l in call("GET", f"/repos/{repo}/labels", params={"per_page": 100})]
    issues = call("GET", f"/repos/{repo}/issues", params={"state": "open", "per_page": 100, "sort": "updated"})
    stale_cut = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=30)
    out = {"labels": labels, "needs_label": [], "needs_response": [], "prs_awaiting_review": [], "stale": []}
    for it in issues:
        updated = dt.datetime.fromisoformat(it["updated_at"].replace("Z", "+00:00"))
        row = {"number": it["number"], "title": it["title"], "author": it["user"]["login"], "updated": it["updated_at"], "comments": it["comments"]}
        if "pull_request" in it:
            reviews = call("GET", f"/repos/{repo}/pulls/{it['number']}/reviews")
            if not reviews:
                out["prs_awaiting_review"].append(row)
        else:
            if not it["labels"] and it["created_at"] >= since:
                out["needs_label"].append(row)
            if it["comments"] == 0:
                out["needs_response"].append(row)
        if updated < stale_cut:
            out["stale"].append(row)
    print(json.dumps(out, indent=2))


def cmd_thread(repo: str, number: int) -> None:
    it = call("GET", f"/repos/{repo}/issues/{number}")
    comments = call("GET", f"/repos/{repo}/issues/{number}/comments", params={"per_page": 100})
    print(f"# {it['title']} (#{number}, {it['state']}) by @{it['user']['login']}\n")
    print(it.get("body") or "(no description)")
    for c in comments:
        print(f"\n--- @{c['user']['login']} at {c['created_at']}\n{c['body']}")


def cmd_label(repo: str, number: int, labels: list[str]) -> None:
    res = call("POST", f"/repos/{repo}/issues/{number}/labels", {"labels": labels})
    print("Labels now:", ", ".join(l["name"] for l in res))


def cmd_comment(repo: str, number: int, body_file: str) -> None:
    body = pathlib.Path(body_file).read_text()
    res = call("POST", f"/repos/{repo}/issues/{number}/comments", {"body": body})
    print("Posted:", res["html_url"])


def main() -> None:
    p = argparse.ArgumentParser(prog="triage.py")
    sub = p.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("inbox"); a.add_argument("repo"); a.add_argument("--days", type=int, default=7)
    a = sub.add_parser("thread"); a.add_argument("repo"); a.add_argument("number", type=int)
    a = sub.add_parser("label"); a.add_argument("repo"); a.add_argument("number", type=int); a.add_argument("labels", nargs="+")
    a = sub.add_parser("comment"); a.add_argument("repo"); a.add_argument("number", type=int); a.add_argument("--body-file", required=True)
    args = p.parse_args()
    if not re.fullmatch(r"[\w.-]+/[\w.-]+", getattr(args, "repo", "")):
        sys.exit("repo must look like owner/name")
    {"inbox": lambda: cmd_inbox(args.repo, args.days),
     "thread": lambda: cmd_thread(args.repo, args.number),
     "label": lambda: cmd_label(args.repo, args.number, args.labels),
     "comment": lambda: cmd_comment(args.repo, args.number, args.body_file)}[args.cmd]()


if __name__ == "__main__":
    main()
