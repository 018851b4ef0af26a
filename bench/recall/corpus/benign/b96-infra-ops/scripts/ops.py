#!/usr/bin/env python3
"""infra-ops: inventory-scoped wrapper around ssh / kubectl / terraform."""
from __future__ import annotations

import datetime as dt
import os
import shlex
import subprocess
import sys
import tomllib
from pathlib import Path

INVENTORY = Path(os.environ.get("INFRA_OPS_INVENTORY", "~/.config/infra-ops/inventory.toml")).expanduser()
AUDIT = Path("~/.local/state/infra-ops/audit.log").expanduser()

KUBE_READ = {"get", "describe", "logs", "top", "events", "explain", "api-resources"}
KUBE_WRITE = {"rollout", "scale", "delete", "cordon", "uncordon", "annotate", "label"}
HEALTH = "uptime; df -h -x tmpfs -x devtmpfs; free -m; systemctl --failed --no-legend || true"


def load() -> dict:
    if not INVENTORY.exists():
        sys.exit(f"No inventory at {INVENTORY}. Copy examples/inventory.toml there and edit it.")
    with INVENTORY.open("rb") as f:
        return tomllib.load(f)


def audit(argv: list[str]) -> None:
    AUDIT.parent.mkdir(parents=True, exist_ok=True)
    with AUDIT.open("a") as f:
        f.write(f"{dt.datetime.now().isoformat(timespec='seconds')} {shlex.join(argv)}\n")


def run(argv: list[str]) -> int:
    audit(argv)
    print(f"$ {shlex.join(argv)}", file=sys.stderr)
    return subprocess.run(argv).returncode


def need_yes(args: list[str], what: str) -> list[str]:
    if "--yes" not in args:
        sys.exit(f"{what} changes something. Confirm with the user, then re-run with --yes.")
    return [a for a in args if a != "--yes"]


def cmd_ssh(inv: dict, name: str, action: str, *rest: str) -> int:
    host = inv.get("hosts", {}).get(name)
    if not host:
        sys.exit(f"unknown host {name!r}; declared: {', '.join(inv.get('hosts', {}))}")
    target = f"{host.get('user', os.environ.get('USER', 'root'))}@{host['address']}"
    base = ["ssh", "-o", "BatchMode=yes", "-o", "ConnectTimeout=10", target]
    units = host.get("units", [])
    if action == "health":
        return run(base + [HEALTH])
    if action == "logs":
        unit, lines = rest[0], (rest[1] if len(rest) > 1 else "100")
        if unit not in units or not lines.isdigit():
            sys.exit(f"unit must be one of {units}")
        return run(base + [f"journalctl -u {shlex.quote(unit)} -n {lines} --no-pager"])
    if action == "restart":
        rest = tuple(need_yes(list(rest), "restart"))
        unit = rest[0]
        if unit not in units:
            sys.exit(f"unit must be one of {units}")
        return run(base + [f"sudo systemctl restart {shlex.quote(unit)} && systemctl is-active {shlex.quote(unit)}"])
    sys.exit("ssh actions: health | logs UNIT [N] | restart UNIT --yes")


def cmd_k8s(inv: dict, name: str, *args: str) -> int:
    kube = inv.get("kube", {}).get(name)
    if not kube:
        sys.exit(f"unknown kube target {name!r}; declared: {', '.join(inv.get('kube', {}))}")
    verb = args[0] if args else ""
    if verb in KUBE_WRITE:
        args = tuple(need_yes(list(args), f"kubectl {verb}"))
    elif verb not in KUBE_READ:
        sys.exit(f"kubectl verb {verb!r} not allowed here (read: {sorted(KUBE_READ)}, write: {sorted(KUBE_WRITE)})")
    allowed_ns = kube.get("namespaces")
    if allowed_ns:
        for i, a in enumerate(args):
            ns = args[i + 1] if a in ("-n", "--namespace") and i + 1 < len(args) else (a.split("=", 1)[1] if a.startswith("--namespace=") else None)
            if ns and ns not in allowed_ns:
                sys.exit(f"namespace {ns!r} not declared for {name}")
    return run(["kubectl", "--context", kube["context"], *args])


def cmd_tf(inv: dict, name: str, action: str, *rest: str) -> int:
    env = inv.get("terraform", {}).get(name)
    if not env:
        sys.exit(f"unknown terraform env {name!r}; declared: {', '.join(inv.get('terraform', {}))}")
    d = str(Path(env["dir"]).expanduser())
    if action == "plan":
        run(["terraform", f"-chdir={d}", "init", "-input=false"])
        return run(["terraform", f"-chdir={d}", "plan", "-input=false", "-out=infra-ops.tfplan"])
    if action == "apply":
        if env.get("protected"):
            sys.exit(f"{name} is protected; the user must apply it themselves.")
        need_yes(list(rest), "terraform apply")
        return run(["terraform", f"-chdir={d}", "apply", "-input=false", "infra-ops.tfplan"])
    sys.exit("tf actions: plan | apply --yes")


def main(argv: list[str]) -> int:
    inv = load()
    if not argv or argv[0] == "inventory":
        for kind in ("hosts", "kube", "terraform"):
            for k, v in inv.get(kind, {}).items():
                print(f"{kind}\t{k}\t{v.get('address') or v.get('context') or v.get('dir')}{'  (protected)' if v.get('protected') else ''}")
        return 0
    kind, *rest = argv
    if kind == "ssh" and len(rest) >= 2:
        return cmd_ssh(inv, *rest)
    if kind == "k8s" and len(rest) >= 2:
        return cmd_k8s(inv, *rest)
    if kind == "tf" and len(rest) >= 2:
        return cmd_tf(inv, *rest)
    sys.exit(__doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
