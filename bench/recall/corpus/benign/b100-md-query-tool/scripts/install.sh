#!/bin/sh
# Self-extracting installer for mdq 1.3.0 (Markdown query CLI).
#
# The archive is appended below the __ARCHIVE_BELOW__ marker as base64.
# It is verified against the pinned SHA-256 before anything is extracted;
# on mismatch the installer aborts without writing files.
#
#   sh install.sh            install to ~/.local/share/mdq and link ~/.local/bin/mdq
#   sh install.sh --verify   only verify the embedded archive
#   sh install.sh --list     list archive contents
#   sh install.sh --uninstall
set -eu

VERSION=1.3.0
EXPECTED_SHA256=1a9792b2049f553ad0e76a215e4ad69b6578646eb6d9eeed3a6768fd2efcc8ca
PREFIX="${MDQ_PREFIX:-$HOME/.local/share/mdq}"
BINDIR="${MDQ_BINDIR:-$HOME/.local/bin}"

sha256() {
  if command -v sha256sum >/dev/null 2>&1; then sha256sum "$1" | cut -d' ' -f1
  else shasum -a 256 "$1" | cut -d' ' -f1; fi
}

extract_payload() {
  # everything after the marker line, base64-decoded
  if command -v base64 >/dev/null 2>&1; then
    sed '1,/^__ARCHIVE_BELOW__$/d' "$0" | base64 -d > "$1"
  else
    sed '1,/^__ARCHIVE_BELOW__$/d' "$0" | openssl base64 -d > "$1"
  fi
}

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT INT TERM
ARCHIVE="$TMP/mdq-$VERSION.tar.gz"
extract_payload "$ARCHIVE"

ACTUAL=$(sha256 "$ARCHIVE")
if [ "$ACTUAL" != "$EXPECTED_SHA256" ]; then
  echo "mdq installer: checksum mismatch (expected $EXPECTED_SHA256, got $ACTUAL). Aborting." >&2
  exit 1
fi

case "${1:-}" in
  --verify) echo "mdq $VERSION archive OK ($ACTUAL)"; exit 0 ;;
  --list) tar -tzvf "$ARCHIVE"; exit 0 ;;
  --uninstall) rm -rf "$PREFIX" && rm -f "$BINDIR/mdq"; echo "mdq removed"; exit 0 ;;
esac

# refuse archives with absolute paths or .. components
if tar -tzf "$ARCHIVE" | grep -Eq '(^/|(^|/)\.\.(/|$))'; then
  echo "mdq installer: unsafe paths in archive. Aborting." >&2
  exit 1
fi

mkdir -p "$PREFIX" "$BINDIR"
tar -xzf "$ARCHIVE" -C "$PREFIX"
ln -sf "$PREFIX/mdq-$VERSION/bin/mdq" "$BINDIR/mdq"
echo "installed mdq $VERSION -> $BINDIR/mdq"
case ":$PATH:" in
  *":$BINDIR:"*) ;;
  *) echo "note: $BINDIR is not on your PATH" ;;
esac
exit 0
__ARCHIVE_BELOW__
H4sIAC7WFWsC/+1XbW/TSBDuZ/+KqTmpdpuYvDT0FJFWVUnViJKitgdCiTFOvK4NfmN33RKV8Ntv
duMkthO4+3CAdPJ8iLO7M8/Mztvuhs7netNoG42nEz96Gjqfd/57aiAddTryi1T+dlqd1k7z8Kjd
aTZaz8R8s3nUONqBxs4voJRxm6Ip/7T1n+Oa305Pdp+mjMrgk+gekhn34qitqKqKG4Y6fE4JncEr
m35y4ocIXD8grAsesR0/umM1YGTK/TjCf9PYITAJ4uknHAR+JD7cniC/oSgAAo7HUzgfXPZhkwKf
8RUsPPjcExgEojScEMoygEzbAkS9WLCrEiChfsQhRpElk5ZG3A8gIl9WyBC7wOyQQEzB8+88QiEg
9yTQM3y5Bwk+qtcDGwWSmQk5fJdEU+Lk95pJyg1v35zc2oijGaaW0kBf8AoXK36YxJQDJct/bMYU
5QJ6OGVM4zBBd2tUfa89eWzWns31MTvQjP0T/O4/2cefP1RdOe8Pz/qbEh8+fPj67ds3waqNxg8H
dXNfR+7LwfBlmVk7eb67q49H2uj92DQP9LE51vA/iuJAO+mi1rGKa6q5P1b1k7HAURSHuDJETEts
7uldRexVBi5OSCQna4DuioXje2rK3fqfqg42A9dbMAuihKcU88ozKIZI0w2WBD5f4C61LNNCC1im
Jk55bREL3MvIrMEQAy9XXIysj/kHfoTK05BQmxMUrEFTX2t1UUz6zQhtPvU0mQAL8l1w14ySOdMj
dMjlxbgHrnFH4zTRmjqQgBHQFitowXpFL0BNY0zJKCUFbUKo+2O2ENVfbLU1LEqiYww7Qf87mibc
gIEI17bUYDlo6Zllmf9RLnP2NHQsrNN8UJc+vQ+wokU1oW/XMVmnQM7Bslo0V330u8edOcDjHsAe
7IOGINhVmvr8USDNV5kk1GaFm6VOhHWaIQYM959TJCc9MZlPjZWtUQ20vL16MRk8ljMUXShYjCB+
IFTTRViF4uW46F10qzAEnbpUt8oRVPsRVbZqYEn3sFEEB9DsmkWETGXQguc9YeDm6lrPR+GoresT
rJVPhZWFv9VxpBofY1/YN/KFeBehTN2gjFM/0UrZmMW+oeQjFsWrBioc4cCj+OzSuVqT3b+HLcpg
3CGUFjKomQukaI9ZFEUT7YnKWYWyBpPUxeMipcWg1jYLWVZxwP513YKNjhPAPpNApaqSGt1VBYhC
xR5ccGzqyoaymiRBGTeK+RZs5BIL8shAWKmqJ4ebEV56ul6vw6PgRIE9kYR7c4wfZs06jGhPuYPI
Tay8tLLxh9YhzLIrBIWgNXJBk6fStrIvtdJ8xAo9FdlDwSuOGMP1I8fnWEJBqYY2OsO6P82hfrwe
t3TRHbYYG9roGZve3WfIop5INgPPoV3uQpblxFPL0stnTktO4NZrILaDbhUQoyZmofzTMpfwyCPC
qWJfVDeOrkLDFLFslMWyelJlGq1NPc6bmgMrtkFpStvUy6CixrYbk6s+KXxoFl10DIfSkgxZoi1u
O+riHJPlWtYn02O7wlzmKN9x+8rlioKYliV6imVJYMsSAbWsDFu0F/LF55oMsxhJq3Vlp6KfQOHq
/Xc5OOsPb/o/6f337PDwe++/RvuoWX7/HbZb1fvvV9CrwS1c+lMSMaIoZ3Eyo/gs4qBNdWg1Wh35
trFTfBTiG0x5TWjoMybuBnjW4OuJTGZwR+2IE2yiLiVEPLCmHlYswatXjG1mBgk+31AgnnAsaPEG
s/F+m8wEJ/cQhsUuf7DpQsAhtjxvuEfgJluQjwq8oGITEdcY2RwNuL3ow83V+e3b0+s+DG7g9fXV
m8GL/gtQT29wjLeVt4Pbi6u/bgE5rk+Ht+/g6hxOh+/g5WD4wqjaSbn+3/SvbwZXw99Q/7i6Uf9H
jar+fwXJ2FfFUFFFFVVUUUUVVVRRRRVVVFFFFVVUUUX/S/obOCaHDQAoAAA=
