#!/usr/bin/env bash
set -euo pipefail
top="$(git rev-parse --show-toplevel)"
hooks="$(git rev-parse --git-path hooks)"
hook="$hooks/pre-commit"
marker="# gitleaks-guard"

if [ "${1:-}" = "--uninstall" ]; then
  if grep -q "$marker" "$hook" 2>/dev/null; then
    rm -f "$hook"
    [ -f "$hook.local" ] && mv "$hook.local" "$hook"
    echo "removed gitleaks pre-commit hook"
  else
    echo "no gitleaks-guard hook installed"
  fi
  exit 0
fi

command -v gitleaks >/dev/null || { echo "gitleaks not found; run get-gitleaks.sh first" >&2; exit 1; }
mkdir -p "$hooks"
if [ -f "$hook" ] && ! grep -q "$marker" "$hook"; then
  mv "$hook" "$hook.local"
  echo "kept existing hook as pre-commit.local (it still runs)"
fi
cat > "$hook" <<HOOK
#!/usr/bin/env bash
$marker
set -e
if [ -x "\$(dirname "\$0")/pre-commit.local" ]; then "\$(dirname "\$0")/pre-commit.local"; fi
gitleaks git --pre-commit --staged --redact --no-banner
HOOK
chmod +x "$hook"
echo "installed pre-commit hook in ${top}"
