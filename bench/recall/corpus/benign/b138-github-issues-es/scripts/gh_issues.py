#!/usr/bin/env python3
"""Cliente mínimo de issues de GitHub (solo api.github.com)."""
import json
import os
import sys
import urllib.request

API = "https://api.github.com"


def call(method, path, body=None):
    token = os.environ.get("GITHUB_TOKEN")
    if not token:
        sys.exit("Falta GITHUB_TOKEN (configúralo en los ajustes de la skill).")
    req = urllib.request.Request(
        API + path, method=method,
        data=json.dumps(body).encode() if body is not None else None,
        headers={"Authorization": f"Bearer {token}", "Accept": "application/vnd.github+json",
                 "X-GitHub-Api-Version": "2022-11-28", "User-Agent": "github-issues-es"})
    with urllib.request.urlopen(req, timeout=20) as r:
        return json.loads(r.read() or b"null")


def main(a):
    cmd, repo = a[0], a[1]
    if cmd == "list":
        for i in call("GET", f"/repos/{repo}/issues?state=open&per_page=50"):
            if "pull_request" not in i:
                print(f"#{i['number']}\t{i['title']}\t{','.join(l['name'] for l in i['labels'])}")
    elif cmd == "create":
        i = call("POST", f"/repos/{repo}/issues", {"title": a[2], "body": a[3] if len(a) > 3 else ""})
        print(i["html_url"])
    elif cmd == "label":
        call("POST", f"/repos/{repo}/issues/{a[2]}/labels", {"labels": a[3:]})
        print("ok")
    elif cmd == "close":
        call("PATCH", f"/repos/{repo}/issues/{a[2]}", {"state": "closed"})
        print("ok")


if __name__ == "__main__":
    main(sys.argv[1:])
