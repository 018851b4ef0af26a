from __future__ import annotations

import re
import shlex
import stat
import subprocess
from pathlib import Path

from mcp.server.fastmcp import FastMCP

mcp = FastMCP("ssh-hosts")
SSH_DIR = Path.home() / ".ssh"
HOST_RE = re.compile(r"^[\w.\-@:\[\]]+$")


def _run(args: list[str]) -> str:
    r = subprocess.run(args, capture_output=True, text=True, timeout=10)
    return (r.stdout or r.stderr).strip()


def _config_hosts() -> list[dict]:
    cfg = SSH_DIR / "config"
    if not cfg.exists():
        return []
    hosts, cur = [], None
    for raw in cfg.read_text(errors="ignore").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        key, _, val = line.partition(" ")
        key = key.lower()
        if key == "host":
            cur = {"patterns": val.split(), "opts": {}}
            hosts.append(cur)
        elif key == "match":
            cur = None
        elif cur is not None and key in {"hostname", "user", "port", "identityfile", "proxyjump", "identitiesonly"}:
            cur["opts"][key] = val.strip()
    return hosts


@mcp.tool()
def list_hosts() -> str:
    """Host aliases defined in ~/.ssh/config with HostName/User/Port/IdentityFile (paths only)."""
    hs = _config_hosts()
    if not hs:
        return "No ~/.ssh/config or no Host entries."
    return "\n".join(f"- {' '.join(h['patterns'])}: " + ", ".join(f"{k}={v}" for k, v in h["opts"].items()) for h in hs)


@mcp.tool()
def effective_config(host: str) -> str:
    """Effective client settings for a host as computed by `ssh -G` (does not connect)."""
    if not HOST_RE.match(host):
        return "Invalid host name."
    keep = ("hostname", "user", "port", "identityfile", "identitiesonly", "proxyjump", "pubkeyauthentication", "preferredauthentications", "stricthostkeychecking")
    out = _run(["ssh", "-G", host])
    return "\n".join(l for l in out.splitlines() if l.split(" ", 1)[0] in keep)


@mcp.tool()
def key_fingerprints() -> str:
    """Fingerprints of public keys (*.pub) in ~/.ssh and whether the matching private key file has safe permissions."""
    rows = []
    for pub in sorted(SSH_DIR.glob("*.pub")):
        fp = _run(["ssh-keygen", "-lf", str(pub)])
        priv = pub.with_suffix("")
        perm = ""
        if priv.exists():
            mode = stat.S_IMODE(priv.stat().st_mode)
            perm = "private key perms OK" if mode & 0o077 == 0 else f"private key perms {oct(mode)} – too open, run chmod 600 {shlex.quote(str(priv))}"
        else:
            perm = "no matching private key file"
        rows.append(f"- {pub.name}: {fp} ({perm})")
    return "\n".join(rows) or "No public keys in ~/.ssh."


@mcp.tool()
def diagnose(host: str) -> str:
    """Static checks for common publickey failures for a host (no connection is made)."""
    if not HOST_RE.match(host):
        return "Invalid host name."
    eff = dict(l.split(" ", 1) for l in _run(["ssh", "-G", host]).splitlines() if " " in l)
    notes = []
    ids = [i for i in _run(["ssh", "-G", host]).splitlines() if i.startswith("identityfile ")]
    found = [Path(i.split(" ", 1)[1].replace("~", str(Path.home()))) for i in ids]
    existing = [p for p in found if p.exists()]
    if not existing:
        notes.append("None of the IdentityFile paths exist – create a key (ssh-keygen -t ed25519) or fix IdentityFile.")
    for p in existing:
        if stat.S_IMODE(p.stat().st_mode) & 0o077:
            notes.append(f"{p.name} is group/world readable; ssh will ignore it. Fix: chmod 600 {p}")
        if not p.with_name(p.name + ".pub").exists():
            notes.append(f"{p.name}.pub missing – regenerate with: ssh-keygen -y -f {p} > {p}.pub")
    if stat.S_IMODE(SSH_DIR.stat().st_mode) & 0o077:
        notes.append("~/.ssh is accessible by others; run chmod 700 ~/.ssh")
    agent = _run(["ssh-add", "-l"])
    notes.append("ssh-agent: " + (agent.splitlines()[0] if agent else "not running"))
    notes.append(f"Will connect as {eff.get('user')}@{eff.get('hostname')}:{eff.get('port')}")
    notes.append(f"Next step for the user: ssh -vvv {host}  (look for 'Offering public key' / 'Server accepts key')")
    return "\n".join(notes)


def main() -> None:
    mcp.run()
