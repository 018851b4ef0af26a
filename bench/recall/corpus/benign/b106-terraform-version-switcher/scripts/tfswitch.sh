#!/usr/bin/env bash
set -euo pipefail

BASE="https://releases.hashicorp.com/terraform"
STORE="${TFVERSIONS_DIR:-$HOME/.tfversions}"
BIN_DIR="${HOME}/.local/bin"

die() { echo "tfswitch: $*" >&2; exit 1; }

if [ "${1:-}" = "--list" ]; then
  ls -1 "$STORE" 2>/dev/null | sort -V || echo "(none installed)"
  exit 0
fi

want="${1:-}"
if [ -z "$want" ] && [ -f .terraform-version ]; then
  want=$(tr -d ' \n' < .terraform-version)
fi
if [ -z "$want" ]; then
  want=$(grep -hoE 'required_version\s*=\s*"[^"]+"' ./*.tf 2>/dev/null | head -1 | grep -oE '[0-9]+\.[0-9]+(\.[0-9]+)?' | head -1 || true)
  [ -n "$want" ] && [ "$(echo "$want" | tr -cd . | wc -c)" -eq 1 ] && want="$want.0"
fi
[ -n "$want" ] || die "no version given and none found in .terraform-version or required_version"
[[ "$want" =~ ^[0-9]+\.[0-9]+\.[0-9]+(-[a-z0-9]+)?$ ]] || die "bad version '$want'"

case "$(uname -s)" in
  Linux) os=linux ;;
  Darwin) os=darwin ;;
  *) die "unsupported OS $(uname -s), use tfswitch.ps1 on Windows" ;;
esac
case "$(uname -m)" in
  x86_64|amd64) arch=amd64 ;;
  arm64|aarch64) arch=arm64 ;;
  *) die "unsupported arch $(uname -m)" ;;
esac

dest="$STORE/$want"
if [ ! -x "$dest/terraform" ]; then
  tmp=$(mktemp -d "${TMPDIR:-/tmp}/tfswitch.XXXXXX")
  trap 'rm -rf -- "$tmp"' EXIT INT TERM
  zip="terraform_${want}_${os}_${arch}.zip"
  echo "downloading $zip"
  curl -fsSL --proto '=https' --tlsv1.2 -o "$tmp/$zip" "$BASE/$want/$zip"
  curl -fsSL --proto '=https' --tlsv1.2 -o "$tmp/SHA256SUMS" "$BASE/$want/terraform_${want}_SHA256SUMS"
  expected=$(grep " $zip\$" "$tmp/SHA256SUMS" | cut -d' ' -f1)
  [ -n "$expected" ] || die "$zip not listed in SHA256SUMS"
  if command -v sha256sum >/dev/null; then actual=$(sha256sum "$tmp/$zip" | cut -d' ' -f1)
  else actual=$(shasum -a 256 "$tmp/$zip" | cut -d' ' -f1); fi
  [ "$expected" = "$actual" ] || die "checksum mismatch for $zip (expected $expected, got $actual)"
  unzip -q -o "$tmp/$zip" terraform -d "$tmp/x"
  mkdir -p "$dest"
  mv "$tmp/x/terraform" "$dest/terraform"
  chmod 0755 "$dest/terraform"
fi

mkdir -p "$BIN_DIR"
ln -sfn "$dest/terraform" "$BIN_DIR/terraform"
echo "terraform -> $want ($("$BIN_DIR/terraform" version | head -1))"
case ":$PATH:" in
  *":$BIN_DIR:"*) ;;
  *) echo "note: $BIN_DIR is not on PATH; add: export PATH=\"$BIN_DIR:\$PATH\"" ;;
esac
