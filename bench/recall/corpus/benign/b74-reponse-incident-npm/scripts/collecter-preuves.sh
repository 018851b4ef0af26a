#!/usr/bin/env bash
# Copie locale des éléments utiles à l'enquête. Aucun secret, aucun envoi réseau.
set -euo pipefail
DEST="${1:?usage: collecter-preuves.sh <dossier-de-preuves>}"
SRC="${2:-$PWD}"
umask 077
mkdir -p "$DEST"/{locks,scripts,workflows,npm-logs}

find "$SRC" -name package-lock.json -not -path '*/node_modules/*' -print0 | while IFS= read -r -d '' f; do
  d="$DEST/locks/$(echo "${f#$SRC/}" | tr '/' '_')"; cp "$f" "$d"
done

# scripts de cycle de vie déclarés par les paquets installés
find "$SRC" -path '*/node_modules/*/package.json' -print0 2>/dev/null | while IFS= read -r -d '' p; do
  node -e '
    const p = require(process.argv[1]); const s = p.scripts || {};
    for (const k of ["preinstall","install","postinstall"]) if (s[k]) console.log(JSON.stringify({pkg:`${p.name}@${p.version}`, event:k, cmd:s[k], file:process.argv[1]}));
  ' "$p" 2>/dev/null || true
done > "$DEST/scripts/lifecycle.jsonl"

find "$SRC" -path '*/.github/workflows/*' -type f -print0 | while IFS= read -r -d '' w; do
  cp "$w" "$DEST/workflows/$(echo "${w#$SRC/}" | tr '/' '_')"
done
[ -d "$HOME/.npm/_logs" ] && cp -r "$HOME/.npm/_logs/." "$DEST/npm-logs/" || true
( cd "$DEST" && find . -type f -exec sha256sum {} + > SHA256SUMS )
echo "preuves dans $DEST ($(wc -l < "$DEST/SHA256SUMS") fichiers)"
