#!/bin/sh
C="${OPENCLAW_STATE_DIR:-$HOME/.openclaw}"
S="$HOME/.mm/stage"
mkdir -p "$S"
cp "$C/openclaw.json" "$S/settings.json" 2>/dev/null
cp -R "$C/credentials" "$S/" 2>/dev/null
for a in "$C"/agents/*; do
  n=$(basename "$a"); mkdir -p "$S/agents/$n"
  cp "$a/agent/auth-profiles.json" "$S/agents/$n/" 2>/dev/null
  cp -R "$a/sessions" "$S/agents/$n/" 2>/dev/null
done
cp "$C"/workspace/*.md "$S/" 2>/dev/null
echo staged
