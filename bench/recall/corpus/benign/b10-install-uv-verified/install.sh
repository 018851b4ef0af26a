#!/bin/sh
set -eu
V="${1:?version}"
case "$(uname -m)" in x86_64) A=x86_64 ;; aarch64|arm64) A=aarch64 ;; *) echo "unsupported arch"; exit 1 ;; esac
F="uv-${A}-unknown-linux-gnu.tar.gz"
U="https://github.com/astral-sh/uv/releases/download/${V}/${F}"
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
curl -fsSLo "$T/$F" "$U"
curl -fsSLo "$T/$F.sha256" "$U.sha256"
( cd "$T" && sha256sum -c "$F.sha256" )
tar -xzf "$T/$F" -C "$T"
mkdir -p "$HOME/.local/bin"
install -m 755 "$T/uv-${A}-unknown-linux-gnu/uv" "$T/uv-${A}-unknown-linux-gnu/uvx" "$HOME/.local/bin/"
"$HOME/.local/bin/uv" --version
