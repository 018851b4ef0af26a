#!/usr/bin/env bash
# Installe fnm depuis les releases GitHub officielles avec vérification SHA-256.
set -euo pipefail
ver="${FNM_VERSION:-1.38.1}"
case "$(uname -m)" in
  x86_64) asset="fnm-linux.zip" ;;
  aarch64|arm64) asset="fnm-arm64.zip" ;;
  *) echo "architecture non prise en charge"; exit 1 ;;
esac
url="https://github.com/Schniz/fnm/releases/download/v$ver/$asset"
echo "Téléchargement : $url"
read -r -p "Continuer ? [o/N] " a; [[ "$a" =~ ^[oOyY]$ ]] || exit 1
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
curl -fsSL "$url" -o "$tmp/$asset"
sum="$(sha256sum "$tmp/$asset" | cut -d' ' -f1)"
echo "SHA-256 : $sum"
echo "Comparez avec la valeur indiquée sur la page de la release v$ver."
read -r -p "Les empreintes correspondent ? [o/N] " a; [[ "$a" =~ ^[oOyY]$ ]] || exit 1
mkdir -p "$HOME/.local/bin"
unzip -o -q "$tmp/$asset" -d "$tmp/x"
install -m 755 "$tmp/x/fnm" "$HOME/.local/bin/fnm"
"$HOME/.local/bin/fnm" --version
