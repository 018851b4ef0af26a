#!/usr/bin/env python3
"""Post or update a single summary comment on the current pull request (GitHub Actions)."""
import argparse
import glob
import json
import os
import sys
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET

MARKER = "<!-- pr-check-reporter -->"


def junit_summary(pattern):
    tot = fail = err = skip = 0
    failures = []
    for f in glob.glob(pattern, recursive=True):
        root = ET.parse(f).getroot()
        suites = [root] if root.tag == "testsuite" else root.findall("testsuite")
        for s in suites:
            tot += int(s.get("tests", 0)); fail += int(s.get("failures", 0))
            err += int(s.get("errors", 0)); skip += int(s.get("skipped", 0))
            for tc in s.findall("testcase"):
                if tc.find("failure") is not None or tc.find("error") is not None:
                    failures.append(f"{tc.get('classname', '')}.{tc.get('name')}")
    return tot, fail, err, skip, failures


def coverage_summary(path):
    with open(path) as f:
        t = json.load(f)["total"]
    return {k: t[k]["pct"] for k in ("lines", "statements", "functions", "branches") if k in t}


def body(args):
    lines = [MARKER, "### CI summary", ""]
    if args.junit:
        tot, fail, err, skip, failures = junit_summary(args.junit)
        icon = "✅" if fail + err == 0 else "❌"
        lines.append(f"{icon} **Tests:** {tot - fail - err - skip} passed, {fail + err} failed, {skip} skipped")
        for name in failures[:15]:
            lines.append(f"- `{name}`")
    if args.coverage and os.path.exists(args.coverage):
        cov = coverage_summary(args.coverage)
        lines.append("")
        lines.append("**Coverage:** " + " · ".join(f"{k} {v:.1f}%" for k, v in cov.items()))
    sha = os.environ.get("GITHUB_SHA", "")[:7]
    run = f"{os.environ.get('GITHUB_SERVER_URL', 'https://github.com')}/{os.environ.get('GITHUB_REPOSITORY')}/actions/runs/{os.environ.get('GITHUB_RUN_ID')}"
    lines += ["", f"<sub>commit {sha} · [workflow run]({run})</sub>"]
    return "\n".join(lines)


def api(method, url, token, data=None):
    req = urllib.request.Request(url, method=method, data=json.dumps(data).encode() if data is not None else None, headers={
        "Authorization": f"Bearer {token}", "Accept": "application/vnd.github+json",
        "X-GitHub-Api-Version": "2022-11-28", "Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=20) as r:
        return json.loads(r.read() or b"null")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--junit")
    ap.add_argument("--coverage")
    args = ap.parse_args()
    text = body(args)
    print(text)

    token = os.environ.get("GITHUB_TOKEN")
    event_path = os.environ.get("GITHUB_EVENT_PATH")
    if not token or not event_path or os.environ.get("GITHUB_EVENT_NAME") not in ("pull_request", "pull_request_target"):
        print("not a pull_request run with GITHUB_TOKEN; summary printed only")
        return
    with open(event_path) as f:
        pr = json.load(f)["pull_request"]["number"]
    base = f"{os.environ.get('GITHUB_API_URL', 'https://api.github.com')}/repos/{os.environ['GITHUB_REPOSITORY']}"
    try:
        comments = api("GET", f"{base}/issues/{pr}/comments?per_page=100", token)
        mine = next((c for c in comments if MARKER in c.get("body", "")), None)
        if mine:
            api("PATCH", f"{base}/issues/comments/{mine['id']}", token, {"body": text})
        else:
            api("POST", f"{base}/issues/{pr}/comments", token, {"body": text})
        print(f"comment updated on PR #{pr}")
    except urllib.error.HTTPError as e:
        if e.code == 403:
            print("token cannot write to this PR (fork?); summary left in the log")
        else:
            raise


if __name__ == "__main__":
    sys.exit(main())
