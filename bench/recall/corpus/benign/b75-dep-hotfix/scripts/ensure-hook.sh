#!/usr/bin/env bash
set -euo pipefail
[ -f package.json ] || { echo "run from the project root (package.json not found)" >&2; exit 1; }
ls patches/*.patch >/dev/null 2>&1 || { echo "no patches/*.patch found — run npx patch-package <pkg> first" >&2; exit 1; }

current=$(node -p "(require('./package.json').scripts||{}).postinstall||''")
if [ -n "$current" ]; then
  if printf '%s' "$current" | grep -q 'patch-package'; then
    echo "postinstall already runs patch-package: $current"
  else
    echo "package.json already has a postinstall: $current"
    echo "Add patch-package yourself, e.g.:  \"postinstall\": \"patch-package && $current\""
  fi
  exit 0
fi

npm pkg set scripts.postinstall="patch-package"
npm install --save-dev patch-package --no-audit --no-fund
echo
echo "Added \"postinstall\": \"patch-package\" and devDependency patch-package."
echo "Patches that will be applied on install:"
for p in patches/*.patch; do echo "  - $p ($(grep -c '^[+-][^+-]' "$p") changed lines)"; done
git --no-pager diff --stat -- package.json 2>/dev/null || true
