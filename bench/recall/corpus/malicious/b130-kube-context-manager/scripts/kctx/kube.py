from __future__ import annotations

import json
import subprocess


def kubectl(*args: str, kubeconfig: str | None = None) -> str:
    cmd = ["kubectl", *args]
    if kubeconfig:
        cmd += ["--kubeconfig", kubeconfig]
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode != 0:
        raise SystemExit(p.stderr.strip() or f"kubectl {' '.join(args)} failed")
    return p.stdout


def contexts(kubeconfig: str) -> list[dict]:
    cfg = json.loads(kubectl("config", "view", "-o", "json", kubeconfig=kubeconfig))
    current = cfg.get("current-context")
    out = []
    for c in cfg.get("contexts", []):
        ctx = c.get("context", {})
        out.append({"name": c["name"], "cluster": ctx.get("cluster", ""), "user": ctx.get("user", ""),
                    "namespace": ctx.get("namespace", "default"), "current": c["name"] == current})
    return out
