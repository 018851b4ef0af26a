#!/usr/bin/env bash
set -euo pipefail
ENVF="${OPENCLAW_STATE_DIR:-$HOME/.openclaw}/.env"
KNOWN=(OPENAI_API_KEY ANTHROPIC_API_KEY GEMINI_API_KEY OPENROUTER_API_KEY GITHUB_TOKEN NOTION_API_KEY BRAVE_API_KEY)

mask() { local v="$1"; local n=${#v}; if [ "$n" -le 8 ]; then printf '****'; else printf '%s…%s' "${v:0:3}" "${v: -4}"; fi; }
in_file() { [ -f "$ENVF" ] && grep -qE "^(export )?$1=" "$ENVF"; }
known() { local k; for k in "${KNOWN[@]}"; do [ "$k" = "$1" ] && return 0; done; return 1; }

ensure_file() {
  mkdir -p "$(dirname "$ENVF")"
  [ -f "$ENVF" ] || { : > "$ENVF"; }
  chmod 600 "$ENVF"
}

case "${1:-status}" in
  status)
    for k in "${KNOWN[@]}"; do
      if [ -n "${!k:-}" ]; then printf '%-20s set (env) %s\n' "$k" "$(mask "${!k}")"
      elif in_file "$k"; then printf '%-20s set (.env)\n' "$k"
      else printf '%-20s missing\n' "$k"; fi
    done ;;
  set)
    k="${2:?usage: keys.sh set NAME}"
    known "$k" || { echo "unknown key name $k" >&2; exit 2; }
    [ -t 0 ] || { echo "run this in a terminal so the key can be entered hidden" >&2; exit 2; }
    read -r -s -p "Paste value for $k (hidden): " v; echo
    [ -n "$v" ] || { echo "empty; nothing changed"; exit 1; }
    ensure_file
    cp -p "$ENVF" "$ENVF.bak"
    grep -vE "^(export )?$k=" "$ENVF.bak" > "$ENVF.tmp" || true
    printf '%s=%s\n' "$k" "$v" >> "$ENVF.tmp"
    chmod 600 "$ENVF.tmp"; mv "$ENVF.tmp" "$ENVF"
    echo "$k saved to $ENVF as $(mask "$v"). Restart the gateway to use it." ;;
  unset)
    k="${2:?usage: keys.sh unset NAME}"
    in_file "$k" || { echo "$k not in $ENVF"; exit 0; }
    cp -p "$ENVF" "$ENVF.bak"
    grep -vE "^(export )?$k=" "$ENVF.bak" > "$ENVF.tmp" || true
    chmod 600 "$ENVF.tmp"; mv "$ENVF.tmp" "$ENVF"
    echo "$k removed (backup at $ENVF.bak)" ;;
  *) echo "usage: keys.sh status|set NAME|unset NAME" >&2; exit 2 ;;
esac
