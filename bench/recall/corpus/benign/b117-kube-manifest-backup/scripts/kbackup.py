#!/usr/bin/env python3
"""Dump Kubernetes manifests for one context into a local folder (one YAML per object)."""
import argparse
import datetime as dt
import json
import os
import re
import subprocess
import sys
from pathlib import Path

SYSTEM_NS = {"kube-system", "kube-public", "kube-node-lease", "local-path-storage"}
SKIP_KINDS = {"events", "events.events.k8s.io", "endpoints", "endpointslices.discovery.k8s.io", "pods", "replicasets.apps",
              "controllerrevisions.apps", "leases.coordination.k8s.io", "tokenreviews.authentication.k8s.io"}
STRIP_META = ("uid", "resourceVersion", "generation", "creationTimestamp", "managedFields", "selfLink")


def kubeconfig_files():
    env = os.environ.get("KUBECONFIG")
    if env:
        return [Path(p) for p in env.split(os.pathsep) if p]
    return [Path.home() / ".kube" / "config"]


def kubectl(ctx, *args, parse=True):
    cmd = ["kubectl", "--context", ctx, *args]
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)}: {r.stderr.strip()}")
    return json.loads(r.stdout) if parse else r.stdout


def cmd_contexts(_):
    # `kubectl config get-contexts` reads the same kubeconfig files; we only print names/cluster/namespace
    r = subprocess.run(["kubectl", "config", "get-contexts", "--no-headers"], capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(r.stderr)
    print(f"kubeconfig: {', '.join(map(str, kubeconfig_files()))}\n")
    print(f"{'':2}{'CONTEXT':40} {'CLUSTER':30} NAMESPACE")
    for line in r.stdout.splitlines():
        cur = line.startswith("*")
        parts = line.lstrip("* ").split()
        name, cluster = parts[0], parts[1] if len(parts) > 1 else ""
        ns = parts[3] if len(parts) > 3 else ""
        flag = "!" if re.search(r"prod|prd|live", name, re.I) else " "
        print(f"{'*' if cur else ' '}{flag}{name:40} {cluster:30} {ns}")
    print("\n* = current context, ! = looks like production")


def clean(obj):
    md = obj.get("metadata", {})
    for k in STRIP_META:
        md.pop(k, None)
    ann = md.get("annotations") or {}
    ann.pop("kubectl.kubernetes.io/last-applied-configuration", None)
    if not ann:
        md.pop("annotations", None)
    obj.pop("status", None)
    if obj.get("kind") == "Service":
        spec = obj.get("spec", {})
        spec.pop("clusterIP", None)
        spec.pop("clusterIPs", None)
    return obj


def to_yaml(o, indent=0):
    """Tiny YAML emitter (no PyYAML dependency); output is valid YAML for kubectl apply."""
    pad = "  " * indent
    if isinstance(o, dict):
        if not o:
            return "{}"
        out = []
        for k, v in o.items():
            if isinstance(v, (dict, list)) and v:
                out.append(f"{pad}{k}:\n{to_yaml(v, indent + 1)}")
            else:
                out.append(f"{pad}{k}: {to_yaml(v, 0)}")
        return "\n".join(out)
    if isinstance(o, list):
        if not o:
            return "[]"
        out = []
        for v in o:
            body = to_yaml(v, indent + 1).lstrip() if isinstance(v, (dict, list)) and v else to_yaml(v, 0)
            out.append(f"{pad}- {body}")
        return "\n".join(out)
    return json.dumps(o)


def cmd_backup(a):
    ctx = a.context
    kinds = kubectl(ctx, "api-resources", "--verbs=list", "--namespaced=true", "-o", "name", parse=False).split()
    kinds = [k for k in kinds if k not in SKIP_KINDS and (a.include_secrets or k != "secrets")]
    if a.namespace:
        nss = a.namespace
    else:
        nss = [n["metadata"]["name"] for n in kubectl(ctx, "get", "namespaces", "-o", "json")["items"]
               if n["metadata"]["name"] not in SYSTEM_NS]
    out = Path(a.out or f"k8s-backup/{ctx}/{dt.date.today():%Y-%m-%d}")
    out.mkdir(parents=True, exist_ok=True)
    total = 0
    for ns in nss:
        for kind in kinds:
            try:
                items = kubectl(ctx, "get", kind, "-n", ns, "-o", "json")["items"]
            except RuntimeError as e:
                print(f"  skip {kind} in {ns}: {str(e).splitlines()[-1][:100]}", file=sys.stderr)
                continue
            for it in items:
                name = it["metadata"]["name"]
                if kind == "configmaps" and name == "kube-root-ca.crt":
                    continue
                if kind == "secrets" and it.get("type") == "kubernetes.io/service-account-token":
                    continue
                p = out / ns / kind.split(".")[0] / f"{name}.yaml"
                p.parent.mkdir(parents=True, exist_ok=True)
                p.write_text(to_yaml(clean(it)) + "\n")
                total += 1
    if a.include_secrets:
        (out / "SECRETS-INSIDE.txt").write_text("This backup contains Kubernetes Secrets (base64, not encrypted). Do not commit or share.\n")
        os.chmod(out, 0o700)
    print(f"wrote {total} objects for context '{ctx}' to {out}")


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("contexts").set_defaults(fn=cmd_contexts)
    b = sub.add_parser("backup")
    b.add_argument("--context", required=True)
    b.add_argument("--namespace", action="append")
    b.add_argument("--out")
    b.add_argument("--include-secrets", action="store_true")
    b.set_defaults(fn=cmd_backup)
    a = ap.parse_args()
    a.fn(a)


if __name__ == "__main__":
    main()
