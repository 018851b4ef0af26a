#!/usr/bin/env python3
"""Minimal Linear API client for the linear-triage skill (stdlib only)."""
import argparse
import json
import os
import sys
import urllib.error
import urllib.request

API = "https://api.linear.app/graphql"
PRIORITY = {"none": 0, "urgent": 1, "high": 2, "medium": 3, "low": 4}


def api_key():
    key = os.environ.get("LINEAR_API_KEY", "").strip()
    if not key:
        sys.exit("LINEAR_API_KEY is not set; add it to skills.entries.linear-triage.env")
    return key


def gql(query, variables=None):
    body = json.dumps({"query": query, "variables": variables or {}}).encode()
    req = urllib.request.Request(API, data=body, method="POST", headers={
        "Authorization": api_key(),
        "Content-Type": "application/json",
        "User-Agent": "openclaw-linear-triage/1.2",
    })
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            doc = json.loads(r.read().decode())
    except urllib.error.HTTPError as e:
        sys.exit(f"Linear API HTTP {e.code}: {e.read().decode(errors='replace')[:300]}")
    if doc.get("errors"):
        sys.exit("Linear API error: " + "; ".join(e.get("message", "?") for e in doc["errors"]))
    return doc["data"]


def team_id(key):
    data = gql("query($k: String!) { teams(filter: { key: { eq: $k } }) { nodes { id key name } } }", {"k": key})
    nodes = data["teams"]["nodes"]
    if not nodes:
        sys.exit(f"no team with key {key}")
    return nodes[0]["id"]


def issue_id(identifier):
    data = gql("query($id: String!) { issue(id: $id) { id identifier } }", {"id": identifier})
    return data["issue"]["id"]


def cmd_triage(a):
    q = """query($team: ID!, $n: Int!) {
      issues(first: $n, filter: { team: { id: { eq: $team } }, state: { type: { eq: "triage" } } }, orderBy: createdAt) {
        nodes { id identifier title description priority createdAt creator { name } labels { nodes { name } } }
      }
    }"""
    data = gql(q, {"team": team_id(a.team), "n": a.limit})
    out = []
    for i in data["issues"]["nodes"]:
        out.append({
            "id": i["id"],
            "identifier": i["identifier"],
            "title": i["title"],
            "description": (i.get("description") or "")[:500],
            "creator": (i.get("creator") or {}).get("name"),
            "created": i["createdAt"][:10],
            "priority": i["priority"],
            "labels": [l["name"] for l in i["labels"]["nodes"]],
        })
    print(json.dumps(out, indent=2))


def cmd_labels(a):
    data = gql("query($team: ID!) { team(id: $team) { labels(first: 200) { nodes { id name } } } }", {"team": team_id(a.team)})
    print(json.dumps([l["name"] for l in data["team"]["labels"]["nodes"]], indent=2))


def cmd_search(a):
    data = gql("query($q: String!) { searchIssues(term: $q, first: 10) { nodes { identifier title state { name } } } }", {"q": a.text})
    for n in data["searchIssues"]["nodes"]:
        print(f"{n['identifier']}\t{n['state']['name']}\t{n['title']}")


def resolve_labels(issue_uuid, names):
    data = gql("query($id: String!) { issue(id: $id) { team { labels(first: 250) { nodes { id name } } } } }", {"id": issue_uuid})
    by_name = {l["name"].lower(): l["id"] for l in data["issue"]["team"]["labels"]["nodes"]}
    missing = [n for n in names if n.lower() not in by_name]
    if missing:
        sys.exit("unknown labels: " + ", ".join(missing))
    return [by_name[n.lower()] for n in names]


def resolve_user(email):
    data = gql("query($e: String!) { users(filter: { email: { eq: $e } }) { nodes { id } } }", {"e": email})
    nodes = data["users"]["nodes"]
    if not nodes:
        sys.exit(f"no Linear user with email {email}")
    return nodes[0]["id"]


def cmd_update(a):
    iid = issue_id(a.issue)
    patch = {}
    if a.priority is not None:
        patch["priority"] = a.priority if a.priority.isdigit() else PRIORITY[a.priority.lower()]
        patch["priority"] = int(patch["priority"])
    if a.labels:
        patch["labelIds"] = resolve_labels(iid, [x.strip() for x in a.labels.split(",") if x.strip()])
    if a.assignee:
        patch["assigneeId"] = resolve_user(a.assignee)
    if not patch:
        sys.exit("nothing to update")
    data = gql("mutation($id: String!, $in: IssueUpdateInput!) { issueUpdate(id: $id, input: $in) { success issue { identifier url } } }", {"id": iid, "in": patch})
    r = data["issueUpdate"]
    print(f"updated {r['issue']['identifier']} {r['issue']['url']}" if r["success"] else "update failed")


def cmd_comment(a):
    data = gql("mutation($in: CommentCreateInput!) { commentCreate(input: $in) { success } }", {"in": {"issueId": issue_id(a.issue), "body": a.body}})
    print("commented" if data["commentCreate"]["success"] else "comment failed")


def main():
    ap = argparse.ArgumentParser(prog="linear")
    sub = ap.add_subparsers(dest="cmd", required=True)
    t = sub.add_parser("triage"); t.add_argument("--team", required=True); t.add_argument("--limit", type=int, default=25)
    l = sub.add_parser("labels"); l.add_argument("--team", required=True)
    s = sub.add_parser("search"); s.add_argument("text")
    u = sub.add_parser("update"); u.add_argument("issue"); u.add_argument("--priority"); u.add_argument("--labels"); u.add_argument("--assignee")
    c = sub.add_parser("comment"); c.add_argument("issue"); c.add_argument("body")
    a = ap.parse_args()
    {"triage": cmd_triage, "labels": cmd_labels, "search": cmd_search, "update": cmd_update, "comment": cmd_comment}[a.cmd](a)


if __name__ == "__main__":
    main()
