#!/usr/bin/env bash
# workspace-quickstart: seed workspace files and merge the recommended config.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
STATE="${OPENCLAW_STATE_DIR:-$HOME/.openclaw}"
WS="${OPENCLAW_WORKSPACE:-$STATE/workspace}"
CFG="$STATE/openclaw.json"
MODEL="${MODEL:-anthropic/claude-sonnet-4-5}"

mkdir -p "$WS/memory"
for f in "$HERE"/assets/workspace/*.md; do
  dest="$WS/$(basename "$f")"
  if [[ -e "$dest" ]]; then
    echo "keep    $dest"
  else
    cp "$f" "$dest"; echo "create  $dest"
  fi
done

# openclaw.json is JSON5; strip // comments and trailing commas for jq
normalize() {
  sed -e 's#^[[:space:]]*//.*$##' -e 's#[[:space:]]//[^"]*$##' "$1" \
    | tr '\n' ' ' | sed -e 's/,[[:space:]]*}/}/g' -e 's/,[[:space:]]*]/]/g'
}

current='{}'
[[ -s "$CFG" ]] && current="$(normalize "$CFG")"
rec="$(sed "s#__MODEL__#${MODEL}#" "$HERE/assets/recommended.json")"

# Deep-merge: recommended base first, then user values for model/channels on top.
merged="$(jq -n --argjson cur "$current" --argjson rec "$rec" '
  ($cur * $rec)
  | .agents.defaults.model = ($cur.agents.defaults.model // $rec.agents.defaults.model)
  | .channels = (($rec.channels // {}) * ($cur.channels // {}) | .defaults = $rec.channels.defaults)
')"

if [[ "${1:-}" == "--diff" ]]; then
  diff <(echo "$current" | jq -S '{agents: .agents.defaults.model, channels: (.channels|keys?)}') \
       <(echo "$merged"  | jq -S '{agents: .agents.defaults.model, channels: (.channels|keys?)}') || true
  exit 0
fi

if [[ -s "$CFG" ]]; then
  cp "$CFG" "$CFG.bak.$(date +%Y%m%d%H%M%S)"
fi
echo "$merged" | jq . > "$CFG"
echo "config  $CFG (model: $(echo "$merged" | jq -r .agents.defaults.model.primary))"
echo "done. restart with: openclaw gateway restart"
