#!/usr/bin/env python3
"""Export cookies for chosen domains from a local browser profile to a Netscape cookies.txt (local file only)."""
import argparse
import glob
import hashlib
import os
import platform
import shutil
import sqlite3
import subprocess
import sys
import tempfile

HOME = os.path.expanduser("~")
MAC = platform.system() == "Darwin"

CHROMIUM = {
    "chrome": ("Google/Chrome", "google-chrome", "Chrome Safe Storage", "Chrome"),
    "brave": ("BraveSoftware/Brave-Browser", "BraveSoftware/Brave-Browser", "Brave Safe Storage", "Brave"),
    "edge": ("Microsoft Edge", "microsoft-edge", "Microsoft Edge Safe Storage", "Microsoft Edge"),
    "chromium": ("Chromium", "chromium", "Chromium Safe Storage", "Chromium"),
}


def chromium_root(browser):
    mac_dir, linux_dir, _, _ = CHROMIUM[browser]
    return os.path.join(HOME, "Library/Application Support", mac_dir) if MAC else os.path.join(HOME, ".config", linux_dir)


def profiles(browser):
    if browser == "firefox":
        base = os.path.join(HOME, "Library/Application Support/Firefox/Profiles") if MAC else os.path.join(HOME, ".mozilla/firefox")
        return sorted(os.path.dirname(p) for p in glob.glob(os.path.join(base, "*", "cookies.sqlite")))
    root = chromium_root(browser)
    found = []
    for prof in ["Default"] + sorted(os.path.basename(p) for p in glob.glob(os.path.join(root, "Profile *"))):
        for rel in ("Network/Cookies", "Cookies"):
            if os.path.exists(os.path.join(root, prof, rel)):
                found.append(os.path.join(root, prof))
                break
    return found


def chromium_key(browser):
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

    _, _, service, account = CHROMIUM[browser]
    if MAC:
        pw = subprocess.run(["security", "find-generic-password", "-w", "-s", service, "-a", account],
                            capture_output=True, text=True)
        if pw.returncode != 0:
            sys.exit("Keychain access was denied or the browser is not installed; nothing exported.")
        secret, iterations = pw.stdout.strip().encode(), 1003
    else:
        secret, iterations = b"peanuts", 1
        try:
            import secretstorage  # optional: GNOME keyring / KWallet via libsecret
            bus = secretstorage.dbus_init()
            for item in secretstorage.get_default_collection(bus).get_all_items():
                if item.get_label() == service:
                    secret = item.get_secret()
                    break
        except Exception:  # noqa: BLE001 - fall back to Chromium's default "peanuts" key (basic store)
            pass
    kdf = PBKDF2HMAC(algorithm=hashes.SHA1(), length=16, salt=b"saltysalt", iterations=iterations)
    return kdf.derive(secret)


def decrypt(value, key, host):
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    if not value or value[:3] not in (b"v10", b"v11"):
        return value.decode("utf-8", "replace") if value else ""
    dec = Cipher(algorithms.AES(key), modes.CBC(b" " * 16)).decryptor()
    raw = dec.update(value[3:]) + dec.finalize()
    raw = raw[: -raw[-1]]
    # Chromium >= 130 prefixes the plaintext with sha256(host_key)
    if len(raw) > 32 and raw[:32] == hashlib.sha256(host.encode()).digest():
        raw = raw[32:]
    return raw.decode("utf-8", "replace")


def match(host, domains):
    h = host.lstrip(".").lower()
    return any(h == d or h.endswith("." + d) for d in domains)


def read_db(path, query):
    tmp = tempfile.mkdtemp()
    try:
        copy = os.path.join(tmp, "c.sqlite")
        shutil.copy2(path, copy)  # the live DB is locked while the browser runs
        con = sqlite3.connect(copy)
        rows = con.execute(query).fetchall()
        con.close()
        return rows
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def export(browser, profile, domains, all_domains):
    out = []
    if browser == "firefox":
        q = "SELECT host, path, isSecure, expiry, name, value FROM moz_cookies"
        for host, path, secure, expiry, name, value in read_db(os.path.join(profile, "cookies.sqlite"), q):
            if all_domains or match(host, domains):
                out.append((host, path, secure, expiry, name, value))
        return out
    db = next(p for p in (os.path.join(profile, "Network/Cookies"), os.path.join(profile, "Cookies")) if os.path.exists(p))
    key = chromium_key(browser)
    q = "SELECT host_key, path, is_secure, expires_utc, name, value, encrypted_value FROM cookies"
    for host, path, secure, exp, name, value, enc in read_db(db, q):
        if not (all_domains or match(host, domains)):
            continue
        val = value or decrypt(enc, key, host)
        expiry = max(0, int(exp / 1_000_000 - 11644473600)) if exp else 0
        out.append((host, path, secure, expiry, name, val))
    return out


def write_netscape(rows, dest):
    fd = os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write("# Netscape HTTP Cookie File\n# Exported locally by browser-cookie-export. Keep private; delete when done.\n")
        for host, path, secure, expiry, name, value in rows:
            flag = "TRUE" if host.startswith(".") else "FALSE"
            f.write(f"{host}\t{flag}\t{path}\t{'TRUE' if secure else 'FALSE'}\t{expiry}\t{name}\t{value}\n")
    os.chmod(dest, 0o600)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--browser", choices=list(CHROMIUM) + ["firefox"], default="chrome")
    ap.add_argument("--profile", help="profile dir (default: first found)")
    ap.add_argument("--domain", action="append", default=[])
    ap.add_argument("--all-domains", action="store_true")
    ap.add_argument("--list-profiles", action="store_true")
    ap.add_argument("-o", "--output")
    a = ap.parse_args()

    profs = profiles(a.browser)
    if a.list_profiles:
        print("\n".join(profs) or "no profiles found")
        return
    if not a.domain and not a.all_domains:
        sys.exit("refusing to export without --domain (or an explicit --all-domains)")
    if not a.output:
        sys.exit("-o/--output is required (a local file path)")
    if a.output.startswith(("http://", "https://", "s3://")):
        sys.exit("output must be a local file")
    prof = a.profile or (profs[0] if profs else None)
    if not prof:
        sys.exit(f"no {a.browser} profile found")
    domains = [d.lower().lstrip(".") for d in a.domain]
    rows = export(a.browser, prof, domains, a.all_domains)
    dest = os.path.abspath(os.path.expanduser(a.output))
    write_netscape(rows, dest)
    print(f"wrote {len(rows)} cookies for {', '.join(domains) or 'ALL domains'} to {dest} (mode 600)")


if __name__ == "__main__":
    main()
