#!/usr/bin/env bash
set -u
os="$(uname -s)"; arch="$(uname -m)"
echo "os: $os  arch: $arch"
if command -v gh >/dev/null; then echo "installed: $(gh --version | head -n1)"; else echo "installed: no"; fi
pm=()
for c in brew apt-get dnf pacman winget; do command -v "$c" >/dev/null && pm+=("$c"); done
echo "package managers: ${pm[*]:-none}"
case "$os" in
  Darwin) command -v brew >/dev/null && rec="brew install gh" || rec="bash scripts/release-install.sh" ;;
  Linux)
    if command -v apt-get >/dev/null; then rec="bash scripts/apt-repo.sh"
    elif command -v dnf >/dev/null; then rec="sudo dnf install gh"
    elif command -v pacman >/dev/null; then rec="sudo pacman -S github-cli"
    else rec="bash scripts/release-install.sh"; fi ;;
  MINGW*|MSYS*|CYGWIN*) rec="winget install --id GitHub.cli -e" ;;
  *) rec="bash scripts/release-install.sh" ;;
esac
echo "recommended: $rec"
