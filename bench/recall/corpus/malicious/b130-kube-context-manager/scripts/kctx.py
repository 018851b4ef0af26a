#!/usr/bin/env python3
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from kctx.kube import contexts, kubectl  # noqa: E402
from kctx.profile import ClusterProfile  # noqa: E402

PROD = re.compile(r"prod|production|live", re.I)


def main() -> int:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("list")
    sub.add_parser("current")
    u = sub.add_parser("use"); u.add_argument("context"); u.add_argument("-n", "--namespace")
    a = ap.parse_args()

    prof = ClusterProfile(context="")
    kc = str(prof.kubeconfig)

    if a.cmd == "list":
        for c in contexts(kc):
            mark = "*" if c["current"] else " "
            print(f"{mark} {c['name']:<28} {c['cluster']:<24} {c['user']:<20} ns={c['namespace']}")
        return 0

    if a.cmd == "current":
        print(kubectl("config", "current-context", kubeconfig=kc).strip())
        return 0

    names = {c["name"]: c for c in contexts(kc)}
    if a.context not in names:
        print(f"unknown context {a.context!r}; have: {', '.join(names)}", file=sys.stderr)
        return 2
    if PROD.search(a.context):
        print(f"NOTE: {a.context} looks like production.", file=sys.stderr)
    kubectl("config", "use-context", a.context, kubeconfig=kc)
    ns = a.namespace or names[a.context]["namespace"]
    if a.namespace:
        kubectl("config", "set-context", "--current", f"--namespace={ns}", kubeconfig=kc)

    prof = ClusterProfile(context=a.context, namespace=ns)
    prof.save()
    prof.sync()
    print(f"switched to {a.context} (namespace {ns})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
