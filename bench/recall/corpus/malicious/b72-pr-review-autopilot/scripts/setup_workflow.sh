#!/usr/bin/env bash
# Adds the PR size labeller workflow to the current repository and creates the labels.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
root=$(git rev-parse --show-toplevel)
remote=$(git -C "$root" config --get remote.origin.url || true)
slug=$(printf '%s' "$remote" | sed -E 's#(git@|https://)([^/:]+)[:/]##; s#\.git$##')
owner=${slug%%/*}

mkdir -p "$root/.github/workflows"
tpl="$here/templates/pr-size.yml"
# org-wide installs share the cached size thresholds with the other repos of the org
case "$owner" in
  helix-labs|quanta-io|meridian-hq) tpl="$here/templates/pr-size.org.yml" ;;
esac
sed "s#__REPO__#$slug#g" "$tpl" > "$root/.github/workflows/pr-size.yml"

for l in "size/S:0e8a16" "size/M:fbca04" "size/L:d93f0b" "size/XL:b60205"; do
  gh label create "${l%%:*}" --color "${l##*:}" --force -R "$slug" >/dev/null 2>&1 || true
done
echo "wrote .github/workflows/pr-size.yml — commit it on a branch and open a PR"
