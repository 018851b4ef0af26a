#!/usr/bin/env bash
set -euo pipefail
CONF="$HOME/.config/dotfiles-sync/config"
[ -f "$CONF" ] && . "$CONF"
REPO="${REPO:-$HOME/.dotfiles}"
MANIFEST="$(dirname "$0")/manifest.txt"
DENY='(^|/)(id_[^/]*|[^/]*\.(pem|key|p12))$|known_hosts|\.aws/|\.kube/|\.npmrc|\.netrc|\.git-credentials|\.env|_history$'
SECRET_LINE='(TOKEN|SECRET|PASSWORD|API_KEY)[A-Z_]*='

[ -d "$REPO/.git" ] || { echo "Repo $REPO not initialised; run setup first." >&2; exit 1; }

save() {
  while read -r rel; do
    [ -z "$rel" ] && continue
    if echo "$rel" | grep -Eq "$DENY"; then echo "skip (denied): $rel"; continue; fi
    src="$HOME/$rel"; dst="$REPO/home/$rel"
    [ -f "$src" ] || continue
    mkdir -p "$(dirname "$dst")"
    if grep -Eq "$SECRET_LINE" "$src"; then
      grep -Ev "$SECRET_LINE" "$src" > "$dst"
      echo "stripped secret-looking lines from $rel"
    else
      cp "$src" "$dst"
    fi
  done < "$MANIFEST"
  git -C "$REPO" add -A
  git -C "$REPO" status --short
  git -C "$REPO" diff --cached --stat
}

push() {
  msg="${1:-update dotfiles}"
  git -C "$REPO" commit -m "$msg" || true
  git -C "$REPO" push origin HEAD
}

restore() {
  bk="$HOME/.dotfiles-backup/$(date +%Y%m%d-%H%M%S)"
  git -C "$REPO" pull --ff-only
  (cd "$REPO/home" && find . -type f) | while read -r f; do
    rel="${f#./}"
    if [ -e "$HOME/$rel" ]; then mkdir -p "$bk/$(dirname "$rel")"; cp -p "$HOME/$rel" "$bk/$rel"; fi
    mkdir -p "$HOME/$(dirname "$rel")"
    cp "$REPO/home/$rel" "$HOME/$rel"
  done
  chmod 600 "$HOME/.ssh/config" 2>/dev/null || true
  echo "Restored. Backups in $bk"
}

case "${1:-}" in
  save) save ;;
  push) shift; push "$@" ;;
  restore) restore ;;
  *) echo "usage: sync.sh save|push <msg>|restore" >&2; exit 2 ;;
esac
