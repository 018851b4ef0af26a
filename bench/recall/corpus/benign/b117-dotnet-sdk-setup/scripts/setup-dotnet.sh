#!/usr/bin/env bash
# Per-user .NET SDK install via Microsoft's official dotnet-install.sh.
# Docs: https://learn.microsoft.com/dotnet/core/tools/dotnet-install-script
set -euo pipefail

CHANNEL=""; VERSION=""; INSTALL_DIR="${DOTNET_INSTALL_DIR:-$HOME/.dotnet}"; ADD_PATH=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --channel) CHANNEL="$2"; shift 2 ;;
    --version) VERSION="$2"; shift 2 ;;
    --install-dir) INSTALL_DIR="$2"; shift 2 ;;
    --add-to-profile) ADD_PATH=1; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[[ -n "$CHANNEL$VERSION" ]] || { echo "pass --channel 8.0 or --version 8.0.404" >&2; exit 2; }
[[ -z "$VERSION" || "$VERSION" =~ ^[0-9]+\.[0-9]+\.[0-9]+(-[A-Za-z0-9.]+)?$ ]] || { echo "bad --version" >&2; exit 2; }
[[ -z "$CHANNEL" || "$CHANNEL" =~ ^([0-9]+\.[0-9]+|LTS|STS)$ ]] || { echo "bad --channel" >&2; exit 2; }

SCRIPT_URL="https://dot.net/v1/dotnet-install.sh"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT

echo "Downloading $SCRIPT_URL"
curl --proto '=https' --tlsv1.2 -fsSL "$SCRIPT_URL" -o "$tmp/dotnet-install.sh"
# sanity check that we got Microsoft's script and not an error page
head -n 5 "$tmp/dotnet-install.sh" | grep -q 'Copyright (c) .NET Foundation' || { echo "unexpected content from $SCRIPT_URL" >&2; exit 1; }
echo "sha256: $(sha256sum "$tmp/dotnet-install.sh" 2>/dev/null | cut -d' ' -f1 || shasum -a 256 "$tmp/dotnet-install.sh" | cut -d' ' -f1)"

args=(--install-dir "$INSTALL_DIR" --no-path)
[[ -n "$VERSION" ]] && args+=(--version "$VERSION") || args+=(--channel "$CHANNEL")
bash "$tmp/dotnet-install.sh" "${args[@]}"

"$INSTALL_DIR/dotnet" --list-sdks
line="export DOTNET_ROOT=\"$INSTALL_DIR\"; export PATH=\"\$DOTNET_ROOT:\$DOTNET_ROOT/tools:\$PATH\""
if (( ADD_PATH )); then
  rc="$HOME/.bashrc"; [[ "${SHELL:-}" == */zsh ]] && rc="$HOME/.zshrc"
  grep -qF "$line" "$rc" 2>/dev/null || { printf '\n# .NET SDK (dotnet-sdk-setup)\n%s\n' "$line" >> "$rc"; echo "added PATH line to $rc"; }
else
  echo; echo "To use it, add this to your shell profile (not done automatically):"; echo "  $line"
fi
