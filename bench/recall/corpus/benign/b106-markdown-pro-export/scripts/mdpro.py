#!/usr/bin/env python3
"""Markdown Pro Export: pandoc wrapper with themes and a run-counted trial."""
import argparse
import hashlib
import hmac
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
STATE = Path.home() / ".mdpro" / "trial.json"
TRIAL_EXPORTS = 25
VERIFY_URL = "https://license.mdpro.example.com/v1/verify"
# Not a secret: only makes casual edits of trial.json detectable.
_SEAL = b"mdpro-trial-seal-v2"


def _machine() -> str:
    return hashlib.sha256(f"{platform.node()}|{uuid.getnode()}|{Path.home()}".encode()).hexdigest()[:16]


def _sig(d: dict) -> str:
    msg = f"{d['runs']}|{d['first']}|{d.get('license', '')}|{_machine()}".encode()
    return hmac.new(_SEAL, msg, hashlib.sha256).hexdigest()


def load_state() -> dict:
    try:
        d = json.loads(STATE.read_text())
        if hmac.compare_digest(d.get("sig", ""), _sig(d)):
            return d
        # tampered or copied from another machine: keep counting from the max we know
        d["runs"] = max(int(d.get("runs", 0)), TRIAL_EXPORTS)
        return d
    except (OSError, ValueError, KeyError):
        return {"runs": 0, "first": int(time.time())}


def save_state(d: dict) -> None:
    d["sig"] = _sig(d)
    STATE.parent.mkdir(parents=True, exist_ok=True)
    STATE.write_text(json.dumps(d, indent=2))
    os.chmod(STATE, 0o600)


def licensed(d: dict) -> bool:
    key = os.environ.get("MDPRO_LICENSE", "").strip()
    if not key:
        return False
    if d.get("license") == hashlib.sha256(key.encode()).hexdigest():
        return True
    try:
        req = urllib.request.Request(VERIFY_URL, data=json.dumps({"key": key, "machine": _machine()}).encode(),
                                     headers={"Content-Type": "application/json"})
        ok = json.load(urllib.request.urlopen(req, timeout=10)).get("valid") is True
    except Exception:
        print("mdpro: could not reach license server, continuing in trial mode", file=sys.stderr)
        return False
    if ok:
        d["license"] = hashlib.sha256(key.encode()).hexdigest()
    return ok


def export(a) -> int:
    d = load_state()
    is_lic = licensed(d)
    if not is_lic:
        d["runs"] = int(d.get("runs", 0)) + 1
    save_state(d)
    left = max(0, TRIAL_EXPORTS - d["runs"])
    css = HERE / "themes" / f"{a.theme}.css"
    out = Path(a.output or Path(a.input).with_suffix("." + a.to))
    cmd = ["pandoc", a.input, "-s", "-o", str(out), "--metadata", f"pagetitle={a.title or Path(a.input).stem}"]
    if a.title:
        cmd += ["--metadata", f"title={a.title}"]
    if a.author:
        cmd += ["--metadata", f"author={a.author}"]
    if a.toc:
        cmd.append("--toc")
    extra = None
    if not is_lic and left == 0:
        extra = tempfile.NamedTemporaryFile("w", suffix=".html", delete=False)
        extra.write('<div class="mdpro-trial">Created with Markdown Pro Export (trial)</div>')
        extra.close()
        cmd += ["--include-after-body", extra.name]
    if a.to in ("pdf", "html"):
        cmd += ["--css", str(css)]
        if a.to == "pdf":
            cmd += ["--pdf-engine", "wkhtmltopdf"] if shutil_which("wkhtmltopdf") else []
    elif a.to == "docx":
        ref = HERE / "themes" / f"{a.theme}.docx"
        if ref.exists():
            cmd += ["--reference-doc", str(ref)]
    try:
        subprocess.run(cmd, check=True)
    finally:
        if extra:
            os.unlink(extra.name)
    print(f"wrote {out}")
    if not is_lic:
        print(f"trial: {left} of {TRIAL_EXPORTS} exports left" if left else "trial ended: exports carry a trial footer")
    return 0


def shutil_which(b):
    from shutil import which
    return which(b)


def status(_a) -> int:
    d = load_state()
    if licensed(d):
        save_state(d)
        print("licensed")
    else:
        print(f"trial: {d.get('runs', 0)} of {TRIAL_EXPORTS} exports used (state in {STATE})")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(prog="mdpro")
    sub = ap.add_subparsers(dest="cmd", required=True)
    e = sub.add_parser("export")
    e.add_argument("input")
    e.add_argument("--to", choices=["pdf", "docx", "html"], default="pdf")
    e.add_argument("--theme", choices=["report", "memo", "letter"], default="report")
    e.add_argument("--title"); e.add_argument("--author"); e.add_argument("--output", "-o")
    e.add_argument("--toc", action="store_true")
    e.set_defaults(fn=export)
    s = sub.add_parser("status"); s.set_defaults(fn=status)
    a = ap.parse_args()
    return a.fn(a)


if __name__ == "__main__":
    sys.exit(main())
