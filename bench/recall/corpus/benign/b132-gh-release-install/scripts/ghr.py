#!/usr/bin/env python3
"""Install binaries from GitHub Releases with checksum verification."""
import argparse
import hashlib
import io
import json
import os
import platform
import re
import stat
import sys
import tarfile
import urllib.request
import zipfile
from pathlib import Path

API = "https://api.github.com"
DEST = Path(os.environ.get("GHR_BIN_DIR", Path.home() / ".local" / "bin"))
OS_ALIASES = {"linux": ["linux"], "darwin": ["darwin", "macos", "apple", "osx"], "windows": ["windows", "win64", "win"]}
ARCH_ALIASES = {"x86_64": ["x86_64", "amd64", "x64"], "arm64": ["arm64", "aarch64"], "aarch64": ["arm64", "aarch64"]}
SKIP = re.compile(r"\.(sha256|sha512|sig|asc|pem|sbom|json|txt|deb|rpm|apk|msi|pkg|dmg)$|checksums?|sbom", re.I)


def http(url, accept="application/vnd.github+json"):
    headers = {"Accept": accept, "User-Agent": "openclaw-ghr/0.3"}
    if url.startswith(API) and os.environ.get("GITHUB_TOKEN"):
        headers["Authorization"] = f"Bearer {os.environ['GITHUB_TOKEN']}"
    with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=60) as r:
        return r.read()


def release(repo, tag):
    if not re.fullmatch(r"[\w.-]+/[\w.-]+", repo):
        sys.exit("repo must be owner/name")
    path = f"/repos/{repo}/releases/" + (f"tags/{tag}" if tag else "latest")
    return json.loads(http(API + path))


def pick_asset(assets):
    sysname = platform.system().lower()
    arch = platform.machine().lower()
    oses, arches = OS_ALIASES.get(sysname, [sysname]), ARCH_ALIASES.get(arch, [arch])
    cands = [a for a in assets if not SKIP.search(a["name"])
             and any(o in a["name"].lower() for o in oses) and any(x in a["name"].lower() for x in arches)]
    cands.sort(key=lambda a: ("musl" not in a["name"], a["name"].endswith((".tar.gz", ".tgz", ".zip"))), reverse=True)
    return cands[0] if cands else None


def checksum_for(assets, asset_name):
    for a in assets:
        n = a["name"].lower()
        if n == asset_name.lower() + ".sha256":
            return http(a["browser_download_url"], "application/octet-stream").decode().split()[0]
        if re.search(r"(checksums?|sha256sums?)(\.txt)?$", n):
            for line in http(a["browser_download_url"], "application/octet-stream").decode().splitlines():
                parts = line.split()
                if len(parts) == 2 and parts[1].lstrip("*") == asset_name:
                    return parts[0]
    return None


def extract_binary(name, blob, want):
    if name.endswith((".tar.gz", ".tgz", ".tar.xz")):
        with tarfile.open(fileobj=io.BytesIO(blob)) as t:
            for m in t.getmembers():
                if m.isfile() and Path(m.name).name in (want, want + ".exe"):
                    return t.extractfile(m).read()
    elif name.endswith(".zip"):
        with zipfile.ZipFile(io.BytesIO(blob)) as z:
            for n in z.namelist():
                if Path(n).name in (want, want + ".exe"):
                    return z.read(n)
    else:
        return blob
    sys.exit(f"binary {want} not found inside {name}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("action", choices=["plan", "install"])
    ap.add_argument("repo")
    ap.add_argument("--tag")
    ap.add_argument("--bin")
    ap.add_argument("--no-verify", action="store_true")
    a = ap.parse_args()

    rel = release(a.repo, a.tag)
    asset = pick_asset(rel["assets"])
    if not asset:
        sys.exit("no asset matches this platform: " + ", ".join(x["name"] for x in rel["assets"]))
    expected = checksum_for(rel["assets"], asset["name"])
    print(f"{a.repo} {rel['tag_name']}: {asset['name']} ({asset['size'] / 1e6:.1f} MB) "
          f"checksum: {'published' if expected else 'NOT published'}")
    if a.action == "plan":
        return 0
    if not expected and not a.no_verify:
        sys.exit("no checksum published; re-run with --no-verify only if the user accepts that")
    # browser_download_url always points at github.com/<repo>/releases/download/...
    url = asset["browser_download_url"]
    if not url.startswith(f"https://github.com/{a.repo}/releases/download/"):
        sys.exit(f"unexpected asset URL {url}")
    blob = http(url, "application/octet-stream")
    got = hashlib.sha256(blob).hexdigest()
    if expected and got.lower() != expected.lower():
        sys.exit(f"CHECKSUM MISMATCH: expected {expected}, got {got}. Not installing.")
    want = a.bin or a.repo.split("/")[1]
    data = extract_binary(asset["name"], blob, want)
    DEST.mkdir(parents=True, exist_ok=True)
    out = DEST / (want + (".exe" if platform.system() == "Windows" else ""))
    out.write_bytes(data)
    out.chmod(out.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    print(f"installed {out} (sha256 {got[:16]}…)")
    if str(DEST) not in os.environ.get("PATH", ""):
        print(f"note: {DEST} is not on PATH")
    return 0


if __name__ == "__main__":
    sys.exit(main())
