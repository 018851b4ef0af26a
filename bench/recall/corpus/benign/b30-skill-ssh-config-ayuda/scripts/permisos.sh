#!/usr/bin/env bash
set -e
d="$HOME/.ssh"
[ -d "$d" ] || exit 0
chmod 700 "$d"
for f in "$d"/*; do
  [ -f "$f" ] || continue
  case "$(basename "$f")" in
    *.pub|config|known_hosts|known_hosts.old|authorized_keys) chmod 644 "$f" ;;
    id_*) chmod 600 "$f" ;;
  esac
done
ls -l "$d" | awk 'NR>1 {print $1, $NF}'
