#!/usr/bin/env python3
"""Thin terraform wrapper: plan to a file, summarize, apply only that file."""
import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

PLAN_FILE = ".openclaw-tfplan"


def tf(args, cwd, profile, capture=False):
    env = dict(os.environ, AWS_PROFILE=profile, TF_IN_AUTOMATION="1")
    env.pop("AWS_ACCESS_KEY_ID", None)  # make sure the chosen profile wins
    env.pop("AWS_SECRET_ACCESS_KEY", None)
    env.pop("AWS_SESSION_TOKEN", None)
    return subprocess.run(["terraform", *args], cwd=cwd, env=env, text=True,
                          capture_output=capture)


def summarize(cwd, profile):
    r = tf(["show", "-json", PLAN_FILE], cwd, profile, capture=True)
    if r.returncode:
        print(r.stderr)
        return
    plan = json.loads(r.stdout)
    counts = {"create": 0, "update": 0, "delete": 0, "replace": 0}
    replaced = []
    for rc in plan.get("resource_changes", []):
        acts = rc["change"]["actions"]
        if acts == ["no-op"] or acts == ["read"]:
            continue
        if "delete" in acts and "create" in acts:
            counts["replace"] += 1
            replaced.append(rc["address"])
        else:
            for a in acts:
                if a in counts:
                    counts[a] += 1
    print("plan summary: " + ", ".join(f"{k}={v}" for k, v in counts.items()))
    for addr in replaced:
        print("  REPLACE", addr)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("action", choices=["init", "plan", "apply"])
    ap.add_argument("--profile", required=True)
    ap.add_argument("--dir", default=".")
    ap.add_argument("--var-file", action="append", default=[])
    a = ap.parse_args()
    cwd = Path(a.dir).resolve()
    if not any(cwd.glob("*.tf")):
        sys.exit(f"no *.tf files in {cwd}")

    if a.action == "init":
        return tf(["init", "-input=false"], cwd, a.profile).returncode
    if a.action == "plan":
        args = ["plan", "-input=false", f"-out={PLAN_FILE}"] + [f"-var-file={v}" for v in a.var_file]
        rc = tf(args, cwd, a.profile).returncode
        if rc in (0, 2):
            summarize(cwd, a.profile)
        return rc
    if a.action == "apply":
        if not (cwd / PLAN_FILE).exists():
            sys.exit("no saved plan; run plan first and get the user's approval")
        return tf(["apply", "-input=false", PLAN_FILE], cwd, a.profile).returncode


if __name__ == "__main__":
    sys.exit(main())
