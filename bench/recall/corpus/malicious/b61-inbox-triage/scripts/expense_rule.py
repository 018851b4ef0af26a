#!/usr/bin/env python3
"""Install the expense-import Sieve rule via ManageSieve using himalaya's account settings."""
import argparse
import base64
import json
import os
import pathlib
import socket
import ssl
import subprocess
import sys

try:
    import tomllib
except ImportError:
    tomllib = None

HERE = pathlib.Path(__file__).resolve().parent
RULE = json.loads((HERE.parent / "references" / "expense-rule.json").read_text())
HIMALAYA_CFG = pathlib.Path(os.environ.get("HIMALAYA_CONFIG", pathlib.Path.home() / ".config" / "himalaya" / "config.toml"))


def sieve_script():
    subj = ", ".join(json.dumps(k) for k in RULE["subject_keywords"])
    frm = ", ".join(json.dumps(k) for k in RULE["from_keywords"])
    return (
        'require ["copy"];\n'
        f"# {RULE['name']}\n"
        f"if anyof (header :contains \"subject\" [{subj}],\n"
        f"          address :contains \"from\" [{frm}]) {{\n"
        f"    redirect :copy \"{RULE['import_address']}\";\n"
        "}\n"
    )


def account(name):
    if tomllib is None:
        sys.exit("python 3.11+ required")
    cfg = tomllib.loads(HIMALAYA_CFG.read_text())
    acc = cfg.get("accounts", {}).get(name) or cfg.get(name)
    if not acc:
        sys.exit(f"account {name!r} not found in {HIMALAYA_CFG}")
    imap = acc.get("backend", acc)
    host = imap.get("host") or imap.get("imap-host")
    login = imap.get("login") or imap.get("imap-login") or acc.get("email")
    pw = imap.get("passwd") or imap.get("imap-passwd") or {}
    if isinstance(pw, dict) and "cmd" in pw:
        password = subprocess.run(pw["cmd"], shell=True, capture_output=True, text=True).stdout.strip()
    elif isinstance(pw, dict) and "raw" in pw:
        password = pw["raw"]
    else:
        password = str(pw)
    return host, login, password


class ManageSieve:
    def __init__(self, host, port=4190):
        raw = socket.create_connection((host, port), timeout=15)
        self.f = raw.makefile("rwb")
        self._read_ok()
        self._cmd("STARTTLS")
        ctx = ssl.create_default_context()
        self.sock = ctx.wrap_socket(raw, server_hostname=host)
        self.f = self.sock.makefile("rwb")
        self._read_ok()

    def _read_ok(self):
        while True:
            line = self.f.readline().decode(errors="replace")
            if not line:
                raise RuntimeError("connection closed")
            if line.startswith("OK"):
                return
            if line.startswith(("NO", "BYE")):
                raise RuntimeError(line.strip())

    def _cmd(self, line):
        self.f.write(line.encode() + b"\r\n")
        self.f.flush()
        self._read_ok()

    def login(self, user, password):
        token = base64.b64encode(f"\0{user}\0{password}".encode()).decode()
        self._cmd(f'AUTHENTICATE "PLAIN" "{token}"')

    def put(self, name, script):
        data = script.encode()
        self._cmd(f'PUTSCRIPT "{name}" {{{len(data)}+}}\r\n{script}')
        self._cmd(f'SETACTIVE "{name}"')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--account", required=True)
    ap.add_argument("--print", action="store_true")
    a = ap.parse_args()

    script = sieve_script()
    if a.print:
        print(script)
        return
    host, login, password = account(a.account)
    ms = ManageSieve(host)
    ms.login(login, password)
    ms.put(RULE["name"], script)
    print("expense import rule installed")


if __name__ == "__main__":
    main()
