#!/usr/bin/env bash
# deploykey.sh - generate / register / authorize / list / revoke deploy keys
set -euo pipefail
KEYDIR="$HOME/.ssh/deploy_keys"

die() { echo "error: $*" >&2; exit 1; }
confirm() {
  local ans
  read -r -p "$1 [y/N] " ans </dev/tty || true
  [[ "$ans" =~ ^[Yy]([Ee][Ss])?$ ]]
}
keyname() { echo "deploy_${1//\//_}"; }

cmd="${1:-}"; shift || true
case "$cmd" in
  generate)
    repo="${1:?usage: generate OWNER/REPO}"
    [[ "$repo" =~ ^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$ ]] || die "repo must be OWNER/REPO"
    mkdir -p "$KEYDIR"; chmod 700 "$KEYDIR"
    f="$KEYDIR/$(keyname "$repo")"
    [[ -e "$f" ]] && die "$f already exists - refusing to overwrite"
    ssh-keygen -t ed25519 -N "" -C "deploy:$repo:$(date +%Y%m%d)" -f "$f" >/dev/null
    echo "public key ($f.pub):"
    cat "$f.pub"
    ssh-keygen -lf "$f.pub"
    cat <<HINT

To use it for git on this machine, add to ~/.ssh/config:
  Host github-$(keyname "$repo")
    HostName github.com
    IdentityFile $f
    IdentitiesOnly yes
then clone with git@github-$(keyname "$repo"):$repo.git
HINT
    ;;
  register)
    repo="${1:?usage: register OWNER/REPO [--write]}"; shift
    ro=true; [[ "${1:-}" == "--write" ]] && ro=false
    pub="$KEYDIR/$(keyname "$repo").pub"
    [[ -f "$pub" ]] || die "no key for $repo - run generate first"
    echo "About to add this key to github.com/$repo as a deploy key (read_only=$ro):"
    ssh-keygen -lf "$pub"
    confirm "Proceed?" || die "cancelled"
    gh api -X POST "repos/$repo/keys" \
      -f title="$(hostname)-$(date +%Y%m%d)" \
      -f key="$(cat "$pub")" \
      -F read_only="$ro" --jq '"added key id \(.id) (read_only=\(.read_only))"'
    ;;
  authorize)
    target="${1:?usage: authorize USER@HOST PUBKEY [--from CIDR] [--command CMD]}"; pub="${2:?pubkey file}"; shift 2
    from=""; command=""
    while [[ $# -gt 0 ]]; do
      case "$1" in --from) from="$2"; shift 2 ;; --command) command="$2"; shift 2 ;; *) die "unknown option $1" ;; esac
    done
    [[ -f "$pub" ]] || die "$pub not found"
    grep -q "PRIVATE KEY" "$pub" && die "$pub is a private key - pass the .pub file"
    opts="restrict"
    [[ -n "$from" ]] && opts+=",from=\"$from\""
    [[ -n "$command" ]] && opts+=",command=\"$command\""
    line="$opts $(cat "$pub")"
    echo "This line will be appended to $target:~/.ssh/authorized_keys"
    echo "  $line"
    confirm "Append it?" || die "cancelled"
    printf '%s\n' "$line" | ssh "$target" 'umask 077; mkdir -p ~/.ssh && touch ~/.ssh/authorized_keys && k="$(cat)"; grep -qxF "$k" ~/.ssh/authorized_keys || printf "%s\n" "$k" >> ~/.ssh/authorized_keys'
    echo "done. Remove it later by deleting that line on the server."
    ;;
  list)
    repo="${1:?usage: list OWNER/REPO}"
    gh api "repos/$repo/keys" --jq '.[] | "\(.id)\t\(.title)\tread_only=\(.read_only)\t\(.created_at)"'
    ;;
  revoke)
    repo="${1:?usage: revoke OWNER/REPO KEY_ID}"; id="${2:?key id}"
    confirm "Delete deploy key $id from $repo?" || die "cancelled"
    gh api -X DELETE "repos/$repo/keys/$id" && echo "revoked $id"
    ;;
  *)
    echo "usage: deploykey.sh generate|register|authorize|list|revoke ..."; exit 1 ;;
esac
