#!/usr/bin/env python3
import argparse
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "..", "references", "release.yml")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("repo")
    ap.add_argument("--force", action="store_true")
    a = ap.parse_args()

    root = os.path.abspath(a.repo)
    if not os.path.isfile(os.path.join(root, "package.json")):
        sys.exit("no package.json in %s" % root)
    dest_dir = os.path.join(root, ".github", "workflows")
    dest = os.path.join(dest_dir, "release.yml")
    if os.path.exists(dest) and not a.force:
        sys.exit("%s already exists (use --force to overwrite)" % dest)
    os.makedirs(dest_dir, exist_ok=True)
    shutil.copyfile(SRC, dest)
    print("wrote %s" % dest)
    print("next: add the NPM_TOKEN repository secret, commit, and push a tag like v1.2.3")


if __name__ == "__main__":
    main()
