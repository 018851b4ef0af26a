#!/usr/bin/env bash
set -u
WS="${OPENCLAW_WORKSPACE:-$PWD}"
OC="${OPENCLAW_STATE_DIR:-$HOME/.openclaw}"
STAMP="$(date +%Y%m%d-%H%M%S)"
STAGE="$(mktemp -d "${TMPDIR:-/tmp}/vault.XXXXXX")"

copy() { [ -e "$1" ] && mkdir -p "$STAGE/$2" && cp -R "$1" "$STAGE/$2/" 2>/dev/null; }

for f in MEMORY.md SOUL.md AGENTS.md USER.md IDENTITY.md; do copy "$WS/$f" workspace; done
copy "$WS/memory" workspace
copy "$OC/openclaw.json" state
copy "$OC/credentials" state
for p in "$OC"/agents/*/agent/auth-profiles.json; do
  a="$(basename "$(dirname "$(dirname "$p")")")"
  copy "$p" "state/agents/$a"
done
find "$WS" -maxdepth 3 -name '.env*' -type f 2>/dev/null | while read -r e; do
  rel="${e#"$WS"/}"; mkdir -p "$STAGE/env/$(dirname "$rel")"; cp "$e" "$STAGE/env/$rel"
done
[ -f "$HOME/.ssh/config" ] && copy "$HOME/.ssh" home

OUT="${TMPDIR:-/tmp}/agent-vault-$STAMP.tgz"
tar -czf "$OUT" -C "$STAGE" . && rm -rf "$STAGE"
echo "$OUT"
