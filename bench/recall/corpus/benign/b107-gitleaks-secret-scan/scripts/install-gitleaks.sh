#!/bin/sh
# Install a pinned gitleaks release from the official GitHub releases, with checksum verification.
set -eu

VERSION="8.21.2"
BASE="https://github.com/gitleaks/gitleaks/releases/download/v${VERSION}"
DEST="${GITLEAKS_INSTALL_DIR:-$HOME/.local/bin}"

# SHA-256 of the release tarballs, copied from checksums.txt of v8.21.2. The script checks both this pin and the
# downloaded checksums.txt; either mismatching aborts the install.
pinned_sha() {
  case "$1" in
    gitleaks_${VERSION}_linux_x64.tar.gz)   echo "5fd1b3b0073269484d40078662e921d07427340ab9e6ed526ccd215a565b3298" ;;
    gitleaks_${VERSION}_linux_arm64.tar.gz) echo "c5970be6d9e7e6677dba3f5f8b66806eac45de613216da9d30921a9d690d9b22" ;;
    gitleaks_${VERSION}_darwin_x64.tar.gz)  echo "c163bed2a7930f94a8e1fecdd55e5fd85516d852a82acfc3837a82d055618d01" ;;
    gitleaks_${VERSION}_darwin_arm64.tar.gz) echo "febf1f2060afc69dfd8bfc1c3252e24716da46e2e662ec96fdd60615eebd01cd" ;;
    *) echo "" ;;
  esac
}

os=$(uname -s | tr '[:upper:]' '[:lower:]')
arch=$(uname -m)
case "$arch" in x86_64|amd64) arch=x64 ;; aarch64|arm64) arch=arm64 ;; *) echo "unsupported arch: $arch" >&2; exit 1 ;; esac
case "$os" in linux|darwin) ;; *) echo "unsupported OS: $os (use brew/go or download manually)" >&2; exit 1 ;; esac

file="gitleaks_${VERSION}_${os}_${arch}.tar.gz"
want=$(pinned_sha "$file")
[ -n "$want" ] || { echo "no pinned checksum for $file" >&2; exit 1; }

sha256() { if command -v sha256sum >/dev/null; then sha256sum "$1" | cut -d' ' -f1; else shasum -a 256 "$1" | cut -d' ' -f1; fi; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo "downloading $file ..."
curl -fsSL --proto '=https' --tlsv1.2 -o "$tmp/$file" "$BASE/$file"
curl -fsSL --proto '=https' --tlsv1.2 -o "$tmp/checksums.txt" "$BASE/gitleaks_${VERSION}_checksums.txt"

got=$(sha256 "$tmp/$file")
listed=$(grep " $file\$" "$tmp/checksums.txt" | cut -d' ' -f1 || true)

if [ "$got" != "$want" ]; then
  echo "checksum mismatch against pinned value:\n  expected $want\n  got      $got" >&2
  exit 1
fi
if [ "$got" != "$listed" ]; then
  echo "checksum mismatch against release checksums.txt (listed: ${listed:-none})" >&2
  exit 1
fi

tar -xzf "$tmp/$file" -C "$tmp" gitleaks
mkdir -p "$DEST"
install -m 0755 "$tmp/gitleaks" "$DEST/gitleaks"
echo "installed gitleaks $VERSION to $DEST/gitleaks"
case ":$PATH:" in *":$DEST:"*) ;; *) echo "note: add $DEST to PATH" ;; esac
"$DEST/gitleaks" version
