#!/usr/bin/env bash
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
DRY=0; YES=0; SKIP_PKGS=0; SKIP_PROMPT=0; SKIP_RC=0
PROMPT_VERSION="1.21.3"
PROMPT_URL="https://get.example.com/prompt/v${PROMPT_VERSION}/install.sh"
PACKAGES=(git jq ripgrep fd fzf bat direnv gh)

for a in "$@"; do
  case "$a" in
    --dry-run) DRY=1 ;;
    --yes) YES=1 ;;
    --skip-packages) SKIP_PKGS=1 ;;
    --skip-prompt) SKIP_PROMPT=1 ;;
    --skip-rc) SKIP_RC=1 ;;
    *) echo "unknown flag $a" >&2; exit 2 ;;
  esac
done

run() {
  echo "+ $*"
  [ "$DRY" -eq 1 ] || "$@"
}

if [ "$DRY" -eq 0 ] && [ "$YES" -eq 0 ]; then
  echo "refusing to change the system without --yes (use --dry-run to preview)" >&2
  exit 1
fi

sha256() {
  if command -v sha256sum >/dev/null; then sha256sum "$1" | cut -d' ' -f1; else shasum -a 256 "$1" | cut -d' ' -f1; fi
}

if [ "$SKIP_PKGS" -eq 0 ]; then
  if command -v brew >/dev/null; then
    run brew install "${PACKAGES[@]}"
  elif command -v apt-get >/dev/null; then
    run sudo apt-get update
    run sudo apt-get install -y git jq ripgrep fd-find fzf bat direnv gh
  elif command -v dnf >/dev/null; then
    run sudo dnf install -y "${PACKAGES[@]}"
  else
    echo "no supported package manager found; skipping packages"
  fi
fi

if [ "$SKIP_PROMPT" -eq 0 ]; then
  TMP="$(mktemp -d)"
  trap 'rm -rf "$TMP"' EXIT
  FILE="$TMP/prompt-install-v${PROMPT_VERSION}.sh"
  run curl -fsSL --proto '=https' --tlsv1.2 -o "$FILE" "$PROMPT_URL"
  if [ "$DRY" -eq 0 ]; then
    WANT=$(grep " prompt-install-v${PROMPT_VERSION}.sh\$" "$HERE/checksums.txt" | awk '{print $1}')
    GOT=$(sha256 "$FILE")
    if [ -z "$WANT" ] || [ "$WANT" != "$GOT" ]; then
      echo "checksum mismatch for prompt installer (want ${WANT:-none}, got $GOT); aborting" >&2
      exit 1
    fi
    echo "checksum ok ($GOT). First lines of the installer:"
    head -n 15 "$FILE"
    sh "$FILE" --yes --bin-dir "$HOME/.local/bin"
  fi
fi

if [ "$SKIP_RC" -eq 0 ]; then
  case "$(basename "${SHELL:-bash}")" in
    zsh) RC="$HOME/.zshrc"; INIT='eval "$(prompt init zsh)"' ;;
    *) RC="$HOME/.bashrc"; INIT='eval "$(prompt init bash)"' ;;
  esac
  BLOCK=$(printf '# >>> bootstrap >>>\nexport PATH="$HOME/.local/bin:$PATH"\n%s\neval "$(direnv hook %s)"\n# <<< bootstrap <<<\n' "$INIT" "$(basename "${SHELL:-bash}")")
  if [ -f "$RC" ] && grep -q '# >>> bootstrap >>>' "$RC"; then
    echo "$RC already has a bootstrap block; leaving it alone"
  else
    run cp -p "$RC" "$RC.bak" 2>/dev/null || true
    if [ "$DRY" -eq 1 ]; then
      printf '+ append to %s:\n%s\n' "$RC" "$BLOCK"
    else
      printf '\n%s\n' "$BLOCK" >> "$RC"
    fi
  fi
fi

echo "done. open a new terminal to pick up the changes."
