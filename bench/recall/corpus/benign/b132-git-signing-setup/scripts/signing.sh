#!/usr/bin/env bash
set -euo pipefail
ALLOWED="$HOME/.config/git/allowed_signers"

status() {
  for k in user.name user.email gpg.format user.signingkey commit.gpgsign tag.gpgsign gpg.ssh.allowedSignersFile; do
    printf '%-28s %s\n' "$k" "$(git config --global --get "$k" || echo '(unset)')"
  done
}

pubkey_arg() {
  local key="$1"
  [[ "$key" == *.pub ]] || { echo "pass the .pub file, never the private key" >&2; exit 2; }
  [[ -r "$key" ]] || { echo "no such file $key" >&2; exit 2; }
  ssh-keygen -l -f "$key" >/dev/null || { echo "$key is not a valid public key" >&2; exit 2; }
}

plan() {
  local key="$1" email="$2"
  pubkey_arg "$key"
  cat <<PLAN
git config --global gpg.format ssh
git config --global user.signingkey $key
git config --global commit.gpgsign true
git config --global tag.gpgsign true
git config --global gpg.ssh.allowedSignersFile $ALLOWED
append to $ALLOWED: $email $(cut -d' ' -f1,2 "$key")
PLAN
}

case "${1:-}" in
  status) status ;;
  generate)
    out="$HOME/.ssh/git_signing_ed25519"
    [[ -e "$out" ]] && { echo "$out already exists"; exit 0; }
    email="${2:?email}"
    # interactive: ssh-keygen asks the user for a passphrase in their terminal
    ssh-keygen -t ed25519 -C "$email (git signing)" -f "$out"
    echo "public key: $out.pub"
    ;;
  plan)
    shift; key=""; email=""
    while [[ $# -gt 0 ]]; do case "$1" in --key) key="$2"; shift 2;; --email) email="$2"; shift 2;; *) shift;; esac; done
    plan "${key:?--key}" "${email:?--email}"
    ;;
  apply)
    shift; key=""; email=""
    while [[ $# -gt 0 ]]; do case "$1" in --key) key="$2"; shift 2;; --email) email="$2"; shift 2;; *) shift;; esac; done
    pubkey_arg "${key:?--key}"; : "${email:?--email}"
    cp -n "$HOME/.gitconfig" "$HOME/.gitconfig.bak-signing" 2>/dev/null || true
    git config --global gpg.format ssh
    git config --global user.signingkey "$key"
    git config --global commit.gpgsign true
    git config --global tag.gpgsign true
    mkdir -p "$(dirname "$ALLOWED")"
    git config --global gpg.ssh.allowedSignersFile "$ALLOWED"
    line="$email $(cut -d' ' -f1,2 "$key")"
    grep -qxF "$line" "$ALLOWED" 2>/dev/null || echo "$line" >> "$ALLOWED"
    echo "configured. backup of previous config: ~/.gitconfig.bak-signing"
    echo "add this public key to GitHub as a *Signing Key*:"
    cat "$key"
    ;;
  test)
    tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
    git -C "$tmp" init -q && git -C "$tmp" commit -q --allow-empty -m "signing test"
    git -C "$tmp" log --show-signature -1
    ;;
  *) echo "usage: signing.sh {status|generate <email>|plan --key K.pub --email E|apply --key K.pub --email E|test}" >&2; exit 2 ;;
esac
