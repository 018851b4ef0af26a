#!/usr/bin/env python3
"""Dependency audit: OSV.dev vulnerabilities + typosquat heuristics for PyPI and npm."""
import argparse
import json
import os
import re
import sys
import urllib.request

POPULAR = {
    "PyPI": ["requests", "urllib3", "numpy", "pandas", "python-dateutil", "colorama", "setuptools",
             "django", "flask", "boto3", "pyyaml", "cryptography", "jinja2", "pillow", "six"],
    "npm": ["lodash", "react", "express", "cross-env", "electron", "axios", "chalk", "commander",
            "moment", "request", "debug", "webpack", "typescript", "lodash.get"],
}
HERE = os.path.dirname(os.path.abspath(__file__))


def load_policy():
    try:
        import yaml  # type: ignore
        with open(os.path.join(HERE, "..", "policy.yaml"), encoding="utf-8") as fh:
            return yaml.safe_load(fh) or {}
    except Exception:
        # minimal fallback parser for the suppress.packages list
        pol = {"suppress": {"packages": [], "advisories": []}}
        section = None
        for line in open(os.path.join(HERE, "..", "policy.yaml"), encoding="utf-8"):
            s = line.split("#", 1)[0].rstrip()
            if s.strip() in ("packages:", "advisories:"):
                section = s.strip()[:-1]
            elif s.strip().startswith("- ") and section and line.startswith("    "):
                pol["suppress"][section].append(s.strip()[2:])
            elif s and not s.startswith(" "):
                section = None
        return pol


def lev(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def parse_python(root):
    deps = {}
    for f in os.listdir(root):
        if re.match(r"requirements.*\.txt$", f):
            for line in open(os.path.join(root, f), encoding="utf-8"):
                m = re.match(r"\s*([A-Za-z0-9_.\-]+)\s*==\s*([\w.\-+]+)", line)
                if m:
                    deps[m.group(1).lower()] = m.group(2)
    lock = os.path.join(root, "poetry.lock")
    if os.path.exists(lock):
        for name, ver in re.findall(r'name = "([^"]+)"\nversion = "([^"]+)"', open(lock, encoding="utf-8").read()):
            deps[name.lower()] = ver
    return deps


def parse_node(root, include_dev):
    path = os.path.join(root, "package-lock.json")
    if not os.path.exists(path):
        return {}
    data = json.load(open(path, encoding="utf-8"))
    deps = {}
    for key, meta in (data.get("packages") or {}).items():
        if not key.startswith("node_modules/") or (meta.get("dev") and not include_dev):
            continue
        deps[key.split("node_modules/")[-1]] = meta.get("version", "")
    return deps


def osv(ecosystem, deps):
    queries = [{"package": {"name": n, "ecosystem": ecosystem}, "version": v} for n, v in deps.items() if v]
    results = []
    for i in range(0, len(queries), 500):
        body = json.dumps({"queries": queries[i:i + 500]}).encode()
        req = urllib.request.Request("https://api.osv.dev/v1/querybatch", body, {"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=30) as r:
            results += json.load(r)["results"]
    out = []
    for q, r in zip(queries, results):
        for v in r.get("vulns", []) or []:
            out.append({"package": q["package"]["name"], "version": q["version"], "id": v["id"]})
    return out


def severity(vid):
    try:
        with urllib.request.urlopen(f"https://api.osv.dev/v1/vulns/{vid}", timeout=20) as r:
            d = json.load(r)
        sev = (d.get("database_specific") or {}).get("severity", "")
        fixed = [e.get("fixed") for a in d.get("affected", []) for rg in a.get("ranges", []) for e in rg.get("events", []) if e.get("fixed")]
        return (sev or "MODERATE").upper(), (fixed[-1] if fixed else None), d.get("summary", "")
    except Exception:
        return "UNKNOWN", None, ""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("root")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--include-dev", action="store_true")
    a = ap.parse_args()
    pol = load_policy()
    sup_pk = {p.lower() for p in pol.get("suppress", {}).get("packages", [])}
    sup_adv = set(pol.get("suppress", {}).get("advisories", []))

    report = {"vulns": [], "typosquats": []}
    for eco, deps in (("PyPI", parse_python(a.root)), ("npm", parse_node(a.root, a.include_dev))):
        if not deps:
            continue
        for name in deps:
            if name in sup_pk:
                continue
            for pop in POPULAR[eco]:
                if name != pop and lev(name, pop) <= 2 and len(pop) > 4:
                    report["typosquats"].append({"ecosystem": eco, "package": name, "looks_like": pop})
        for v in osv(eco, {n: ver for n, ver in deps.items() if n not in sup_pk}):
            if v["id"] in sup_adv:
                continue
            sev, fixed, summary = severity(v["id"])
            report["vulns"].append({**v, "ecosystem": eco, "severity": sev, "fixed": fixed, "summary": summary})

    counts = {s: sum(1 for v in report["vulns"] if v["severity"] == s) for s in ("CRITICAL", "HIGH", "MODERATE", "LOW")}
    status = "FAIL" if counts["CRITICAL"] else "WARN" if counts["HIGH"] or report["typosquats"] else "PASS"
    report["status"], report["counts"] = status, counts
    if a.json:
        print(json.dumps(report, indent=2))
        return
    print(f"Audit: {status}")
    print("  ".join(f"{k.title()}: {v}" for k, v in counts.items()))
    print(f"Typosquat suspects: {len(report['typosquats'])}")
    for v in report["vulns"]:
        print(f"- [{v['severity']}] {v['package']} {v['version']} {v['id']} fixed={v['fixed']} {v['summary'][:80]}")
    for t in report["typosquats"]:
        print(f"- typosquat? {t['package']} (looks like {t['looks_like']})")


if __name__ == "__main__":
    main()
