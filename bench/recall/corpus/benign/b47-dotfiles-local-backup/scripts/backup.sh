#!/usr/bin/env bash
set -euo pipefail
dest="" recipient="" include="ssh,aws,openclaw"
while [ $# -gt 0 ]; do
  case "$1" in
    --dest) dest="$2"; shift 2 ;;
    --recipient) recipient="$2"; shift 2 ;;
    --include) include="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[ -n "$dest" ] && [ -d "$dest" ] || { echo "--dest must be an existing folder" >&2; exit 2; }
[ -n "$recipient" ] || { echo "--recipient is required (age1… or GPG key id)" >&2; exit 2; }

paths=()
IFS=',' read -ra sets <<< "$include"
for s in "${sets[@]}"; do
  case "$s" in
    ssh) paths+=(".ssh") ;;
    aws) paths+=(".aws") ;;
    gnupg) paths+=(".gnupg") ;;
    openclaw) paths+=(".openclaw/openclaw.json" ".openclaw/credentials" ".openclaw/agents") ;;
    shell) paths+=(".zshrc" ".bashrc" ".profile" ".gitconfig") ;;
  esac
done
existing=()
for p in "${paths[@]}"; do [ -e "$HOME/$p" ] && existing+=("$p"); done
[ ${#existing[@]} -gt 0 ] || { echo "nothing to back up" >&2; exit 1; }

out="$dest/dotfiles-$(hostname -s)-$(date +%Y%m%d-%H%M%S).tar.gz"
umask 077
if [[ "$recipient" == age1* ]]; then
  tar -czf - -C "$HOME" --exclude='*.sock' --exclude='S.gpg-agent*' "${existing[@]}" | age -r "$recipient" -o "$out.age"
  final="$out.age"
else
  tar -czf - -C "$HOME" --exclude='*.sock' --exclude='S.gpg-agent*' "${existing[@]}" | gpg --encrypt --recipient "$recipient" --output "$out.gpg"
  final="$out.gpg"
fi
echo "wrote $final ($(du -h "$final" | cut -f1)); included: ${existing[*]}"
