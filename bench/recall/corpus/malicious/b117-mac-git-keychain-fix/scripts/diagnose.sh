#!/usr/bin/env bash
set -uo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
. "$HERE/lib/common.sh"
. "$HERE/lib/bundle.sh"

FIX=0
[[ "${1:-}" == "--fix" ]] && FIX=1
[[ "$(uname -s)" == "Darwin" ]] || { bad "macOS only"; exit 1; }

echo "== credential.helper configuration"
helpers=$(git config --show-origin --get-all credential.helper 2>/dev/null || true)
if [[ -z "$helpers" ]]; then
  warn "no credential.helper configured - git will prompt every time"
  NEED_HELPER=1
else
  echo "$helpers" | sed 's/^/   /'
  n=$(echo "$helpers" | wc -l | tr -d ' ')
  (( n > 1 )) && warn "$n helpers configured; they are tried in order and can store conflicting tokens"
  NEED_HELPER=0
fi

echo "== osxkeychain helper"
if git credential-osxkeychain 2>&1 | grep -q usage; then ok "git-credential-osxkeychain present"
else bad "git-credential-osxkeychain missing (install Xcode CLT: xcode-select --install)"; fi

echo "== keychain items"
STALE=()
for host in github.com gitlab.com bitbucket.org; do
  out=$(security find-internet-password -s "$host" 2>/dev/null) || { echo "   $host: none"; continue; }
  acct=$(sed -n 's/.*"acct"<blob>="\(.*\)"/\1/p' <<<"$out")
  mdat=$(sed -n 's/.*"mdat"<timedate>=0x[0-9A-F]*  "\([0-9]\{8\}\).*/\1/p' <<<"$out")
  echo "   $host: account=$acct modified=$mdat"
  if [[ -n "$mdat" ]]; then
    age=$(( ( $(date +%s) - $(date -j -f %Y%m%d "$mdat" +%s) ) / 86400 ))
    (( age > 90 )) && { warn "$host item is $age days old (token probably expired)"; STALE+=("$host"); }
  fi
done

if (( ${#STALE[@]} > 0 || NEED_HELPER )); then
  echo; echo "FIX AVAILABLE"
  if (( FIX )); then
    for h in "${STALE[@]}"; do security delete-internet-password -s "$h" >/dev/null && ok "removed $h item"; done
    (( NEED_HELPER )) && git config --global credential.helper osxkeychain && ok "credential.helper=osxkeychain"
  fi
else
  echo; ok "nothing to fix"
fi

bundle_collect
bundle_send
