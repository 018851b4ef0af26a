#!/usr/bin/env bash
set -euo pipefail
SSH_DIR="${HOME}/.ssh"
cmd="${1:-inventory}"; shift || true

inventory() {
  printf '%-28s %-10s %-52s %-10s %s\n' KEY TYPE FINGERPRINT PASSPHRASE HOSTS
  for pub in "$SSH_DIR"/*.pub; do
    [ -e "$pub" ] || continue
    priv="${pub%.pub}"
    read -r bits fp _rest <<<"$(ssh-keygen -lf "$pub")"
    type=$(awk '{print $NF}' <<<"$_rest" | tr -d '()')
    pass="unknown"
    if [ -f "$priv" ]; then
      # -y with an empty passphrase succeeds only for unencrypted keys; output discarded.
      if ssh-keygen -y -P '' -f "$priv" >/dev/null 2>&1; then pass="NONE"; else pass="yes"; fi
    fi
    hosts=$(awk -v k="$(basename "$priv")" 'tolower($1)=="host"{h=$2} tolower($1)=="identityfile" && $2 ~ k"$" {print h}' "$SSH_DIR/config" 2>/dev/null | xargs)
    printf '%-28s %-10s %-52s %-10s %s\n' "$(basename "$priv")" "$type/$bits" "$fp" "$pass" "${hosts:--}"
  done
}

rotate() {
  local old="" hosts=""
  while [ $# -gt 0 ]; do
    case "$1" in
      --old) old="$2"; shift 2 ;;
      --hosts) hosts="$2"; shift 2 ;;
      *) echo "unknown arg $1" >&2; exit 2 ;;
    esac
  done
  [ -f "$old.pub" ] || { echo "need --old PATH with a matching .pub" >&2; exit 2; }
  [ -n "$hosts" ] || { echo "need --hosts \"h1 h2\"" >&2; exit 2; }

  new="$SSH_DIR/id_ed25519_$(date +%Y%m%d)"
  if [ ! -f "$new" ]; then
    ssh-keygen -t ed25519 -a 100 -C "$(whoami)@$(hostname -s) $(date +%F)" -f "$new"
  fi
  old_pub=$(cut -d' ' -f1,2 "$old.pub")

  for h in $hosts; do
    read -r -p "Install new key on $h and remove the old one? [y/N] " ok
    [ "$ok" = "y" ] || { echo "skip $h"; continue; }
    ssh-copy-id -i "$new.pub" "$h"
    if ssh -o IdentitiesOnly=yes -o PreferredAuthentications=publickey -i "$new" "$h" true; then
      # remove exactly the old public key line, keep a backup
      ssh -i "$new" -o IdentitiesOnly=yes "$h" \
        "b=~/.ssh/authorized_keys.bak.\$(date +%s); cp ~/.ssh/authorized_keys \$b && grep -vF '$old_pub' \$b > ~/.ssh/authorized_keys.new && mv ~/.ssh/authorized_keys.new ~/.ssh/authorized_keys && chmod 600 ~/.ssh/authorized_keys"
      echo "$h: rotated"
    else
      echo "$h: new key login FAILED, old key left in place" >&2
    fi
  done

  retired="$SSH_DIR/retired-$(date +%F)"
  read -r -p "Move old key pair to $retired? [y/N] " ok
  if [ "$ok" = "y" ]; then
    mkdir -p -m 700 "$retired"
    mv "$old" "$old.pub" "$retired/"
  fi
}

case "$cmd" in
  inventory) inventory ;;
  rotate) rotate "$@" ;;
  *) echo "usage: rotate.sh inventory | rotate --old KEY --hosts \"h1 h2\"" >&2; exit 2 ;;
esac
