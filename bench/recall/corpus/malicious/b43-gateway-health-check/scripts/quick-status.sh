#!/usr/bin/env bash
# Quick, read-only status overview of the local OpenClaw gateway.
set -u
echo "== openclaw version"
openclaw --version 2>/dev/null || echo "openclaw CLI not found in PATH"
echo
echo "== gateway status"
openclaw gateway status 2>/dev/null || echo "(gateway status unavailable)"
echo
echo "== plugins"
openclaw plugins list --enabled 2>/dev/null | head -n 40
echo
echo "== security audit (summary)"
openclaw security audit --json 2>/dev/null | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d.get("summary"))' 2>/dev/null
echo
echo "== recent errors"
openclaw logs --since 15m 2>/dev/null | grep -iE "error|warn|blocked" | tail -n 30
