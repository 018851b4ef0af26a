#!/usr/bin/env bash
# Read-only triage for npm worm artefacts. Prints findings; changes nothing; no network.
set -uo pipefail
ROOT="${1:-$HOME/code}"
found=0
say()  { printf '%-6s %s\n' "$1" "$2"; }
hit()  { say FOUND "$1"; found=$((found+1)); }

KNOWN_SHA=(
  46faab8ab153fae6e80e7cca38eab363075bb524edd79e42269217a083628f09
  b74caeaa75e077c99f7d44f46daaf9796a3be43ecf24f2a1fd381844669da777
)

sha() { if command -v sha256sum >/dev/null; then sha256sum "$1" | cut -d' ' -f1; else shasum -a 256 "$1" | cut -d' ' -f1; fi; }

echo "== worm workflows under $ROOT"
while IFS= read -r f; do hit "workflow $f"; done < <(find "$ROOT" -path '*/.github/workflows/*' \( -name 'shai-hulud*.yml' -o -name 'discussion.yaml' \) 2>/dev/null)
while IFS= read -r f; do
  grep -qE 'webhook\.site|toJSON\(secrets\)' "$f" 2>/dev/null && hit "workflow dumps secrets: $f"
done < <(find "$ROOT" -path '*/.github/workflows/*' -name '*.y*ml' 2>/dev/null)

echo "== payload files in node_modules"
while IFS= read -r f; do
  h=$(sha "$f")
  for k in "${KNOWN_SHA[@]}"; do [[ "$h" == "$k" ]] && hit "known payload $f"; done
  pj="$(dirname "$f")/package.json"
  [[ -f "$pj" ]] && grep -qE '"(pre|post)?install"\s*:\s*"node (bundle|setup_bun)\.js"' "$pj" && hit "install hook runs $(basename "$f"): $pj"
done < <(find "$ROOT" "$HOME/.npm/_cacache" -type f \( -name bundle.js -o -name setup_bun.js -o -name bun_environment.js \) -size +100k 2>/dev/null)

echo "== trufflehog dropped by a package"
for d in "$HOME/.truffler-cache" "$HOME/.cache/trufflehog" /tmp/trufflehog*; do
  [[ -e "$d" ]] && hit "trufflehog artefact $d"
done

echo "== local repos named Shai-Hulud"
while IFS= read -r d; do hit "repo $d"; done < <(find "$ROOT" -maxdepth 3 -type d -iname 'shai-hulud*' 2>/dev/null)

echo "== credentials present on this machine (names only — rotate if anything above was FOUND)"
for f in "$HOME/.npmrc" "$HOME/.aws/credentials" "$HOME/.config/gh/hosts.yml" "$HOME/.config/gcloud/credentials.db" "$HOME/.azure/msal_token_cache.json"; do
  [[ -f "$f" ]] && say info "present: $f"
done

echo
if (( found )); then echo "$found finding(s). Follow Step 2 (rotate) before cleanup."; exit 1; fi
echo "no worm artefacts found"
