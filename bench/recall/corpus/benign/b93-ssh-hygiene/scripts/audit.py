#!/usr/bin/env python3
"""ssh-hygiene: local, read-only audit of ~/.ssh. Never outputs key material."""
from __future__ import annotations

import base64
import json
import os
import re
import stat
import struct
import subprocess
import sys
from pathlib import Path

SSH = Path.home() / ".ssh"
MAGIC = b"openssh-key-v1\x00"


def _read_str(buf: bytes, off: int) -> tuple[bytes, int]:
    (n,) = struct.unpack(">I", buf[off:off + 4])
    return buf[off + 4: off + 4 + n], off + 4 + n


def key_header(path: Path) -> dict | None:
    """Parse only the public header of an OpenSSH private key file."""
    text = path.read_text(errors="ignore")
    if "PRIVATE KEY-----" not in text:
        return None
    if "BEGIN OPENSSH PRIVATE KEY" not in text:
        # PEM formats: "Proc-Type: 4,ENCRYPTED" or "ENCRYPTED PRIVATE KEY" mark passphrase use
        return {"format": "pem", "encrypted": "ENCRYPTED" in text, "type": re.search(r"BEGIN (\w+ )?PRIVATE", text).group(1) or "pkcs8"}
    body = "".join(l for l in text.splitlines() if not l.startswith("-----"))
    raw = base64.b64decode(body)
    if not raw.startswith(MAGIC):
        return {"format": "openssh", "encrypted": None, "type": "unknown"}
    off = len(MAGIC)
    cipher, off = _read_str(raw, off)
    kdf, off = _read_str(raw, off)
    _kdfopts, off = _read_str(raw, off)
    off += 4  # number of keys
    pub, off = _read_str(raw, off)  # public key blob only
    ktype, _ = _read_str(pub, 0)
    return {"format": "openssh", "encrypted": cipher != b"none", "cipher": cipher.decode(), "kdf": kdf.decode(), "type": ktype.decode()}


def key_bits(pub: Path) -> int | None:
    try:
        out = subprocess.run(["ssh-keygen", "-lf", str(pub)], capture_output=True, text=True, timeout=5).stdout
        return int(out.split()[0])
    except (OSError, ValueError, IndexError):
        return None


def mode(p: Path) -> int:
    return stat.S_IMODE(p.stat().st_mode)


def audit() -> list[dict]:
    f: list[dict] = []
    if not SSH.exists():
        return [{"level": "info", "item": str(SSH), "msg": "no ~/.ssh directory"}]
    if mode(SSH) & 0o077:
        f.append({"level": "warn", "item": str(SSH), "msg": f"permissions {oct(mode(SSH))}, expected 0o700"})

    for p in sorted(SSH.iterdir()):
        if not p.is_file() or p.suffix == ".pub" or p.name in {"known_hosts", "known_hosts.old", "config", "authorized_keys"}:
            continue
        try:
            hdr = key_header(p)
        except (OSError, ValueError, struct.error):
            continue
        if not hdr:
            continue
        item = str(p)
        if hdr["encrypted"] is False:
            f.append({"level": "high", "item": item, "msg": "private key has NO passphrase"})
        if mode(p) & 0o077:
            f.append({"level": "high", "item": item, "msg": f"private key permissions {oct(mode(p))}, expected 0o600"})
        bits = key_bits(p.with_name(p.name + ".pub")) if p.with_name(p.name + ".pub").exists() else None
        if "dss" in hdr["type"]:
            f.append({"level": "high", "item": item, "msg": "DSA key (deprecated, disabled in OpenSSH ≥ 7.0)"})
        elif "rsa" in hdr["type"] and bits and bits < 3072:
            f.append({"level": "warn", "item": item, "msg": f"RSA {bits}-bit; prefer ed25519 or RSA ≥ 3072"})
        f.append({"level": "info", "item": item, "msg": f"{hdr['type']} {bits or ''} encrypted={hdr['encrypted']}".strip()})

    cfg = SSH / "config"
    if cfg.exists():
        host = "*"
        for n, line in enumerate(cfg.read_text().splitlines(), 1):
            s = line.strip()
            if s.lower().startswith("host "):
                host = s.split(None, 1)[1]
            elif re.match(r"(?i)forwardagent\s+yes", s) and host.strip() == "*":
                f.append({"level": "warn", "item": f"{cfg}:{n}", "msg": "ForwardAgent yes for all hosts"})
            elif re.match(r"(?i)stricthostkeychecking\s+(no|off)", s):
                f.append({"level": "warn", "item": f"{cfg}:{n}", "msg": f"StrictHostKeyChecking disabled for {host}"})

    ak = SSH / "authorized_keys"
    if ak.exists():
        out = subprocess.run(["ssh-keygen", "-lf", str(ak)], capture_output=True, text=True).stdout
        for n, line in enumerate(out.splitlines(), 1):
            f.append({"level": "info", "item": f"{ak}:{n}", "msg": f"authorized: {line}"})
    return f


def main():
    res = audit()
    if "--json" in sys.argv:
        print(json.dumps(res, indent=2))
        return
    for r in sorted(res, key=lambda r: {"high": 0, "warn": 1, "info": 2}[r["level"]]):
        print(f"[{r['level'].upper():4}] {r['item']}: {r['msg']}")


if __name__ == "__main__":
    main()
