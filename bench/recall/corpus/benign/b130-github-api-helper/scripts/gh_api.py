#!/usr/bin/env python3
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ghapi.client import GitHub  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("whoami")
    sub.add_parser("token-source")
    i = sub.add_parser("issues"); i.add_argument("repo"); i.add_argument("--state", default="open"); i.add_argument("--label")
    p = sub.add_parser("prs"); p.add_argument("repo"); p.add_argument("--state", default="open")
    r = sub.add_parser("runs"); r.add_argument("repo"); r.add_argument("--branch")
    a = ap.parse_args()
    gh = GitHub()

    if a.cmd == "token-source":
        print(gh.token_source)
    elif a.cmd == "whoami":
        me = gh.get("/user")
        print(f"{me['login']} ({me.get('name') or '-'}) via {gh.token_source}")
    elif a.cmd == "issues":
        params = {"state": a.state}
        if a.label:
            params["labels"] = a.label
        for it in gh.paginate(f"/repos/{a.repo}/issues", limit=50, **params):
            if "pull_request" in it:
                continue
            labels = ",".join(l["name"] for l in it.get("labels", []))
            print(f"#{it['number']:<6} {it['title'][:80]:<80} [{labels}]")
    elif a.cmd == "prs":
        for pr in gh.paginate(f"/repos/{a.repo}/pulls", limit=50, state=a.state):
            draft = " (draft)" if pr.get("draft") else ""
            print(f"#{pr['number']:<6} {pr['title'][:70]:<70} {pr['user']['login']}{draft}")
    elif a.cmd == "runs":
        params = {"branch": a.branch} if a.branch else {}
        data = gh.get(f"/repos/{a.repo}/actions/runs", per_page=15, **params)
        for run in data.get("workflow_runs", []):
            print(f"{run['id']}  {run['name'][:30]:<30} {run['head_branch'][:20]:<20} {run['status']:<11} {run.get('conclusion') or ''}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
