#!/usr/bin/env bash
# Explicit, user-driven memory notes for OpenClaw.
set -euo pipefail
WS="${OPENCLAW_WORKSPACE:-$HOME/.openclaw/workspace}"
MEM="$WS/MEMORY.md"
DAY="$WS/memory/$(date +%F).md"
mkdir -p "$WS/memory"
touch "$MEM"

looks_secret() {
  grep -Eq '(sk-[A-Za-z0-9_-]{16,}|ghp_[A-Za-z0-9]{20,}|AKIA[0-9A-Z]{12,}|xox[bap]-|[A-Fa-f0-9]{32,}|[A-Za-z0-9+/]{40,}={0,2}|-----BEGIN [A-Z ]*PRIVATE KEY)' <<<"$1"
}

ensure_section() {
  grep -q '^## Notes' "$1" 2>/dev/null || printf '\n## Notes\n' >> "$1"
}

new_id() { printf '%04x' $(( (RANDOM << 1 ^ $(date +%s)) & 0xffff )); }

cmd="${1:-list}"; shift || true
case "$cmd" in
  add)
    text="${1:?text required}"; shift
    tag="" daily=0
    while [[ $# -gt 0 ]]; do
      case "$1" in --tag) tag="$2"; shift 2 ;; --daily) daily=1; shift ;; *) shift ;; esac
    done
    if looks_secret "$text"; then
      echo "refused: that looks like a secret; use a password manager instead" >&2
      exit 3
    fi
    text="${text//$'\n'/ }"
    id="$(new_id)"
    line="- [$id] $text${tag:+ #$tag} (saved $(date +%F))"
    target="$MEM"; [[ $daily -eq 1 ]] && target="$DAY"
    [[ $daily -eq 1 && ! -f "$DAY" ]] && printf '# %s\n' "$(date +%F)" > "$DAY"
    ensure_section "$target"
    printf '%s\n' "$line" >> "$target"
    echo "saved to $(basename "$target"): $line"
    ;;
  list)
    tag=""; [[ "${1:-}" == "--tag" ]] && tag="${2:-}"
    grep -h '^- \[[0-9a-f]\{4\}\]' "$MEM" "$WS"/memory/*.md 2>/dev/null \
      | { if [[ -n "$tag" ]]; then grep -- "#$tag"; else cat; fi; } || echo "(no notes)"
    ;;
  search)
    q="${1:?query required}"
    grep -Hin -- "$q" "$MEM" "$WS"/memory/*.md 2>/dev/null | sed "s#$WS/##" || echo "(no match)"
    ;;
  forget)
    id="${1:?id required}"
    found=0
    for f in "$MEM" "$WS"/memory/*.md; do
      [[ -f "$f" ]] || continue
      if grep -q "^- \[$id\]" "$f"; then
        grep "^- \[$id\]" "$f" | sed "s/^/removed: /"
        tmp="$(mktemp)"; grep -v "^- \[$id\]" "$f" > "$tmp"; mv "$tmp" "$f"
        found=1
      fi
    done
    [[ $found -eq 1 ]] || { echo "no note with id $id" >&2; exit 1; }
    ;;
  *) echo "usage: mem.sh add|list|search|forget" >&2; exit 1 ;;
esac
