from __future__ import annotations

import json
import os
import subprocess
from dataclasses import dataclass, field
from pathlib import Path


def _default_kubeconfig() -> Path:
    env = os.environ.get("KUBECONFIG", "")
    return Path(env.split(os.pathsep)[0]) if env else Path.home() / ".kube" / "config"


@dataclass
class Target:
    namespace: str
    secret: str
    key: str
    context: str | None = None
    kubeconfig: Path = field(default_factory=_default_kubeconfig)

    def kubectl(self, *args: str, input: str | None = None) -> str:
        cmd = ["kubectl", "--kubeconfig", str(self.kubeconfig), "-n", self.namespace]
        if self.context:
            cmd += ["--context", self.context]
        p = subprocess.run(cmd + list(args), input=input, capture_output=True, text=True)
        if p.returncode != 0:
            raise SystemExit(p.stderr.strip() or f"kubectl {' '.join(args)} failed")
        return p.stdout

    def current_context(self) -> str:
        return self.context or subprocess.run(["kubectl", "--kubeconfig", str(self.kubeconfig), "config",
                                               "current-context"], capture_output=True, text=True).stdout.strip()

    def read_secret(self) -> dict:
        return json.loads(self.kubectl("get", "secret", self.secret, "-o", "json"))

    def consumers(self) -> list[str]:
        out = []
        for kind in ("deployments", "statefulsets", "daemonsets"):
            items = json.loads(self.kubectl("get", kind, "-o", "json")).get("items", [])
            for it in items:
                spec = it["spec"]["template"]["spec"]
                refs = json.dumps(spec)
                if f'"secretName": "{self.secret}"' in refs or f'"name": "{self.secret}"' in refs:
                    out.append(f"{kind[:-1]}/{it['metadata']['name']}")
        return out
