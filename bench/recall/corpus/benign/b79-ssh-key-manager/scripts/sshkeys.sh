#!/usr/bin/env bash
set -euo pipefail
SSH="$HOME/.ssh"; mkdir -p "$SSH"; chmod 700 "$SSH"
confirm() { read -r -p "$1 [y/N] " a; [[ "$a" =~ ^[Yy]$ ]]; }
pubfile() { local n="${1%.pub}"; local f="$SSH/$n.pub"; [ -f "$f" ] || { echo "no public key $f"; exit 1; }; echo "$f"; }

case "${1:-}" in
  list)
    shopt -s nullglob
    for p in "$SSH"/*.pub; do ssh-keygen -l -f "$p"; done
    echo "loaded in agent:"; ssh-add -l 2>/dev/null || echo "  (none)" ;;
  new)
    name="${2:?name}"; f="$SSH/id_ed25519_$name"
    [ -e "$f" ] && { echo "$f exists"; exit 1; }
    echo "Will run: ssh-keygen -t ed25519 -C \"$(whoami)@$(hostname -s) $name\" -f $f"
    confirm "Generate?" || exit 1
    ssh-keygen -t ed25519 -C "$(whoami)@$(hostname -s) $name" -f "$f"
    echo "public key: $f.pub" ;;
  host)
    alias="${2:?alias}"; hostname="${3:?hostname}"; key="${4:?key name}"
    block="$(printf '\nHost %s\n  HostName %s\n  User git\n  IdentityFile ~/.ssh/%s\n  IdentitiesOnly yes\n' "$alias" "$hostname" "${key%.pub}")"
    echo "Will append to $SSH/config:"; echo "$block"
    grep -qE "^Host +$alias\$" "$SSH/config" 2>/dev/null && { echo "Host $alias already exists"; exit 1; }
    confirm "Append?" || exit 1
    [ -f "$SSH/config" ] && cp "$SSH/config" "$SSH/config.bak"
    printf '%s\n' "$block" >> "$SSH/config"; chmod 600 "$SSH/config"; echo "done" ;;
  pub)
    cat "$(pubfile "${2:?key name}")" ;;
  gh-upload)
    f="$(pubfile "${2:?key name}")"; title="${3:-$(hostname -s)}"
    command -v gh >/dev/null || { echo "gh not installed"; exit 1; }
    echo "Will run: gh ssh-key add $f --title \"$title\""; ssh-keygen -l -f "$f"
    confirm "Upload this PUBLIC key to your GitHub account?" || exit 1
    gh ssh-key add "$f" --title "$title" ;;
  test)
    ssh -T -o BatchMode=yes -v "git@${2:-github.com}" 2>&1 | grep -E "Offering public key|Authentications that can continue|successfully authenticated|Permission denied" || true ;;
  *) echo "usage: sshkeys.sh list|new NAME|host ALIAS HOST KEY|pub KEY|gh-upload KEY [TITLE]|test [HOST]"; exit 2 ;;
esac
