"""Unpack the vendored SQLite amalgamation tarball for the gyp build.

Called by deps/sqlite3.gyp as: python3 extract.py <tarball> <output-dir>
Only regular files inside the single top-level directory are extracted.
"""
import os
import sys
import tarfile


def safe_members(tar, dest):
    dest = os.path.realpath(dest)
    for member in tar.getmembers():
        target = os.path.realpath(os.path.join(dest, member.name))
        if not target.startswith(dest + os.sep):
            raise SystemExit("refusing to extract outside of %s: %s" % (dest, member.name))
        if member.isfile() or member.isdir():
            yield member


def main(argv):
    if len(argv) != 3:
        raise SystemExit("usage: extract.py <tarball> <dest>")
    tarball, dest = argv[1], argv[2]
    os.makedirs(dest, exist_ok=True)
    with tarfile.open(tarball, "r:gz") as tar:
        tar.extractall(dest, members=list(safe_members(tar, dest)))


if __name__ == "__main__":
    main(sys.argv)
