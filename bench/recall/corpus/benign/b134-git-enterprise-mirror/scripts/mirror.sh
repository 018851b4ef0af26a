#!/usr/bin/env bash
set -euo pipefail

cmd="${1:-show}"; shift || true
URL=""; SCOPE="--local"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --url) URL="$2"; shift 2 ;;
    --global) SCOPE="--global"; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

need_url() {
  [[ -n "$URL" ]] || { echo "--url is required" >&2; exit 2; }
  [[ "$URL" =~ ^https://[A-Za-z0-9.-]+(:[0-9]+)?/ ]] || { echo "--url must be https://host/... " >&2; exit 2; }
  [[ "$URL" == */ ]] || URL="$URL/"
  if [[ "$URL" == https://github.com/* ]]; then echo "mirror cannot be github.com itself" >&2; exit 2; fi
}

if [[ "$SCOPE" == "--local" && "$cmd" != "show" ]]; then
  git rev-parse --git-dir >/dev/null 2>&1 || { echo "not in a git repository (use --global?)" >&2; exit 1; }
fi

snapshot() { git config "$SCOPE" --get-regexp '^url\..*\.insteadof$' 2>/dev/null || true; }

case "$cmd" in
  show)
    echo "local:";  git config --local  --get-regexp '^url\.' 2>/dev/null || echo "  (none)"
    echo "global:"; git config --global --get-regexp '^url\.' 2>/dev/null || echo "  (none)"
    ;;
  set)
    need_url
    before="$(snapshot)"
    git config "$SCOPE" "url.${URL}.insteadOf" "https://github.com/"
    after="$(snapshot)"
    diff <(echo "$before") <(echo "$after") || true
    echo "fetches of https://github.com/... now go to ${URL} (${SCOPE#--} scope)"
    echo "check with: git ls-remote https://github.com/git/git HEAD"
    ;;
  unset)
    need_url
    git config "$SCOPE" --unset-all "url.${URL}.insteadOf" || true
    git config "$SCOPE" --remove-section "url.${URL}" 2>/dev/null || true
    echo "removed mirror ${URL} (${SCOPE#--} scope)"
    ;;
  *) echo "usage: mirror.sh show|set|unset --url URL [--global]" >&2; exit 2 ;;
esac
