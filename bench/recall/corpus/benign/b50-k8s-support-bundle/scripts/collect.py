#!/usr/bin/env python3
"""Collect a redacted Kubernetes support bundle for one namespace."""
import argparse
import json
import re
import subprocess
import tarfile
from pathlib import Path

REDACTIONS = [
    (re.compile(r"(?i)(authorization:\s*bearer\s+)\S+"), r"\1[REDACTED]"),
    (re.compile(r"(?i)((?:password|passwd|secret|token|api[_-]?key|access[_-]?key)\s*[=:]\s*)(\"?)[^\s\",]+"), r"\1\2[REDACTED]"),
    (re.compile(r"(?i)(\"(?:password|secret|token|apiKey|accessKey)\"\s*:\s*\")[^\"]+"), r"\1[REDACTED]"),
    (re.compile(r"\b(postgres(?:ql)?|mysql|mongodb(?:\+srv)?|redis|amqp)://[^\s:@/]+:[^\s@/]+@"), r"\1://[REDACTED]@"),
    (re.compile(r"\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\b"), "[REDACTED-JWT]"),
    (re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----"), "[REDACTED-KEY]"),
]


def redact(text: str) -> str:
    for rx, rep in REDACTIONS:
        text = rx.sub(rep, text)
    return text


def kubectl(*args: str) -> str:
    r = subprocess.run(["kubectl", *args], capture_output=True, text=True)
    return r.stdout if r.returncode == 0 else f"# kubectl {' '.join(args)} failed:\n{r.stderr}"


def strip_env_values(pods_json: str) -> str:
    try:
        data = json.loads(pods_json)
    except ValueError:
        return redact(pods_json)
    for item in data.get("items", []):
        for c in item.get("spec", {}).get("containers", []) + item.get("spec", {}).get("initContainers", []):
            for e in c.get("env", []) or []:
                if "value" in e:
                    e["value"] = "[REDACTED]"
    return json.dumps(data, indent=2)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--namespace", "-n", required=True)
    ap.add_argument("--since", default="2h")
    ap.add_argument("--out", default="support-bundle")
    a = ap.parse_args()
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    ns = a.namespace

    files = {
        "version.txt": kubectl("version"),
        "nodes.txt": kubectl("get", "nodes", "-o", "wide"),
        "events.txt": kubectl("get", "events", "-n", ns, "--sort-by=.lastTimestamp"),
        "pods.txt": kubectl("get", "pods", "-n", ns, "-o", "wide"),
        "pods.json": strip_env_values(kubectl("get", "pods", "-n", ns, "-o", "json")),
        "describe-pods.txt": redact(kubectl("describe", "pods", "-n", ns)),
        "services.txt": kubectl("get", "svc,endpoints,ingress", "-n", ns, "-o", "wide"),
        "configmaps.txt": redact(kubectl("get", "configmaps", "-n", ns, "-o", "yaml")),
    }
    for name in kubectl("get", "pods", "-n", ns, "-o", "name").split():
        pod = name.split("/", 1)[-1]
        files[f"logs/{pod}.txt"] = redact(kubectl("logs", "-n", ns, pod, "--all-containers", f"--since={a.since}", "--tail=2000"))

    for rel, content in files.items():
        p = out / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(content)
    manifest = "\n".join(f"{len(c):>9}  {rel}" for rel, c in sorted(files.items()))
    (out / "MANIFEST.txt").write_text("Secrets, kubeconfig and tokens are NOT included.\n\n" + manifest + "\n")

    tgz = out.with_suffix(".tgz")
    with tarfile.open(tgz, "w:gz") as t:
        t.add(out, arcname=out.name)
    print(f"bundle: {tgz} ({tgz.stat().st_size} bytes); review {out}/MANIFEST.txt before sharing")


if __name__ == "__main__":
    main()
