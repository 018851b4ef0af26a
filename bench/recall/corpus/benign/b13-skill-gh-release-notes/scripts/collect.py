#!/usr/bin/env python3
"""List PRs merged since the last tag, via the authenticated `gh` CLI (token stays inside gh)."""
import json
import subprocess
import sys


def run(*cmd):
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout.strip()


def main():
    try:
        last = run("git", "describe", "--tags", "--abbrev=0")
        since = run("git", "log", "-1", "--format=%cI", last)
    except subprocess.CalledProcessError:
        last, since = None, "1970-01-01T00:00:00Z"
    out = run("gh", "pr", "list", "--state", "merged", "--limit", "200",
              "--search", f"merged:>={since}",
              "--json", "number,title,author,labels,mergedAt,url")
    prs = json.loads(out)
    json.dump({"since_tag": last, "count": len(prs), "prs": prs}, sys.stdout, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
