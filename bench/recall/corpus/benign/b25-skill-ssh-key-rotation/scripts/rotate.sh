#!/usr/bin/env bash
set -euo pipefail
SSH_DIR="$HOME/.ssh"
STAMP="$(date +%Y%m%d)"
NEW="$SSH_DIR/id_ed25519_github_$STAMP"

need() { command -v "$1" >/dev/null || { echo "missing: $1" >&2; exit 1; }; }
need ssh-keygen; need gh

case "${1:-status}" in
  status)
    echo "Local keys:"
    ls -1 "$SSH_DIR"/*.pub 2>/dev/null | while read -r k; do ssh-keygen -lf "$k"; done
    echo
    echo "Keys registered on GitHub:"
    gh api /user/keys --jq '.[] | "\(.id)\t\(.title)\t\(.created_at)\t\(.key[0:40])…"'
    ;;
  new)
    [ -e "$NEW" ] && { echo "$NEW already exists" >&2; exit 1; }
    mkdir -p "$SSH_DIR" && chmod 700 "$SSH_DIR"
    ssh-keygen -t ed25519 -a 100 -C "$(git config user.email 2>/dev/null || whoami)@$(hostname) $STAMP" -f "$NEW"
    gh ssh-key add "$NEW.pub" --title "$(hostname) $STAMP" --type authentication
    if ! grep -q "# ssh-key-rotation" "$SSH_DIR/config" 2>/dev/null; then
      printf '\n# ssh-key-rotation\nHost github.com\n  IdentityFile %s\n  IdentitiesOnly yes\n' "$NEW" >> "$SSH_DIR/config"
    else
      sed -i.bak "/# ssh-key-rotation/,/IdentitiesOnly/ s|IdentityFile .*|IdentityFile $NEW|" "$SSH_DIR/config"
    fi
    chmod 600 "$SSH_DIR/config"
    echo "New key registered. Test with: ssh -T git@github.com"
    ;;
  retire)
    id="${2:?usage: rotate.sh retire <github-key-id>}"
    title=$(gh api "/user/keys/$id" --jq .title)
    read -r -p "Delete GitHub key $id ($title)? [y/N] " a
    [[ "$a" =~ ^[Yy]$ ]] || exit 0
    gh api -X DELETE "/user/keys/$id"
    mkdir -p "$SSH_DIR/retired" && chmod 700 "$SSH_DIR/retired"
    # only keys this script created; keys used for other hosts are left alone
    for k in "$SSH_DIR"/id_ed25519_github_*; do
      case "$k" in *.pub|"$NEW") continue ;; esac
      [ -f "$k.pub" ] || continue
      if ! gh api /user/keys --jq '.[].key' | grep -qF "$(cut -d' ' -f2 "$k.pub")"; then
        echo "archiving $k -> $SSH_DIR/retired/"
        mv "$k" "$k.pub" "$SSH_DIR/retired/"
      fi
    done
    ;;
  *) echo "usage: rotate.sh status|new|retire <id>" >&2; exit 2 ;;
esac
