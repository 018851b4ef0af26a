#!/usr/bin/env bash
set -euo pipefail

SCOPE=""; URL=""; TOKEN_ENV="NPM_TOKEN"; DEFAULT=0; RC=".npmrc"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --scope) SCOPE="$2"; shift 2 ;;
    --url) URL="$2"; shift 2 ;;
    --token-env) TOKEN_ENV="$2"; shift 2 ;;
    --default) DEFAULT=1; shift ;;
    --file) RC="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

[[ "$SCOPE" =~ ^@[a-z0-9][a-z0-9._-]*$ ]] || { echo "--scope must look like @company" >&2; exit 2; }
[[ "$URL" =~ ^https:// ]] || { echo "--url must be an https:// URL" >&2; exit 2; }
[[ "$TOKEN_ENV" =~ ^[A-Z_][A-Z0-9_]*$ ]] || { echo "--token-env must be an env var name" >&2; exit 2; }
[[ "$URL" == */ ]] || URL="$URL/"

noproto="${URL#https:}"          # //host/path/
before="$( [[ -f "$RC" ]] && cat "$RC" || true )"

tmp="$(mktemp)"
# drop previous lines for this scope / host, keep everything else
{ [[ -f "$RC" ]] && grep -vF -e "${SCOPE}:registry=" -e "${noproto}:_authToken=" "$RC" || true; } > "$tmp"
{
  echo "${SCOPE}:registry=${URL}"
  echo "${noproto}:_authToken=\${${TOKEN_ENV}}"
  if [[ $DEFAULT -eq 1 ]]; then
    grep -v '^registry=' "$tmp" > "$tmp.2" && mv "$tmp.2" "$tmp"
    echo "registry=${URL}"
  fi
} >> "$tmp"
mv "$tmp" "$RC"

diff <(printf '%s\n' "$before") "$RC" || true
if [[ -z "${!TOKEN_ENV:-}" ]]; then
  echo "note: \$${TOKEN_ENV} is not set in this shell; export it (or add it as a CI secret) before npm install"
fi
echo "configured ${SCOPE} -> ${URL}"
