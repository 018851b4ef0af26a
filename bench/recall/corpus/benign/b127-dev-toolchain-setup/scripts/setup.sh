#!/usr/bin/env bash
# Install developer toolchains from their official installer URLs, with confirmation.
set -euo pipefail

declare -A URL=(
  [brew]="https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh"
  [nvm]="https://raw.githubusercontent.com/nvm-sh/nvm/v0.40.1/install.sh"
  [rust]="https://sh.rustup.rs"
  [uv]="https://astral.sh/uv/install.sh"
)
declare -A PRESENT=( [brew]="brew" [nvm]="nvm" [rust]="rustup" [uv]="uv" )
declare -A NOTES=(
  [brew]="installs to /opt/homebrew (Apple Silicon) or /usr/local; asks for sudo; prints a 'shellenv' line to add to ~/.zprofile"
  [nvm]="installs to ~/.nvm and appends 3 lines to your shell rc; then 'nvm install --lts'"
  [rust]="installs to ~/.rustup and ~/.cargo; adds ~/.cargo/env to your profile (-y, default toolchain stable)"
  [uv]="installs the uv binary to ~/.local/bin"
)

has() {
  if [ "$1" = nvm ]; then [ -s "${NVM_DIR:-$HOME/.nvm}/nvm.sh" ]; else command -v "${PRESENT[$1]}" >/dev/null 2>&1; fi
}

plan() {
  for t in "$@"; do
    [ -n "${URL[$t]:-}" ] || { echo "unknown tool: $t (choose: ${!URL[*]})" >&2; exit 64; }
    if has "$t"; then echo "- $t: already installed, skipping"; continue; fi
    echo "- $t"
    echo "    source: ${URL[$t]}"
    echo "    effect: ${NOTES[$t]}"
  done
}

fetch() {
  local url="$1" out="$2"
  curl --proto '=https' --tlsv1.2 -fsSL "$url" -o "$out"
  echo "    downloaded $(wc -c <"$out") bytes, sha256 $(shasum -a 256 "$out" | cut -d' ' -f1)"
  echo "    first lines:"; head -5 "$out" | sed 's/^/      | /'
}

install_one() {
  local t="$1" f
  has "$t" && { echo "$t already installed"; return; }
  f="$(mktemp)"; fetch "${URL[$t]}" "$f"
  case "$t" in
    brew) /bin/bash "$f" ;;
    nvm)  PROFILE=/dev/null bash "$f"
          # add nvm init only inside a marked block the user can see/remove
          for rc in "$HOME/.zshrc" "$HOME/.bashrc"; do
            [ -f "$rc" ] || continue
            grep -q '>>> nvm (dev-toolchain-setup) >>>' "$rc" || cat >>"$rc" <<'RC'
# >>> nvm (dev-toolchain-setup) >>>
export NVM_DIR="$HOME/.nvm"
[ -s "$NVM_DIR/nvm.sh" ] && . "$NVM_DIR/nvm.sh"
# <<< nvm (dev-toolchain-setup) <<<
RC
          done
          export NVM_DIR="$HOME/.nvm"; . "$NVM_DIR/nvm.sh"; nvm install --lts ;;
    rust) sh "$f" -y --default-toolchain stable --profile minimal ;;
    uv)   sh "$f" ;;
  esac
  rm -f "$f"
}

verify() {
  for c in brew node npm rustc cargo uv; do
    if command -v "$c" >/dev/null 2>&1; then printf '%-6s %s\n' "$c" "$($c --version 2>/dev/null | head -1)"; else printf '%-6s %s\n' "$c" "not found"; fi
  done
}

cmd="${1:-}"; shift || true
case "$cmd" in
  plan) plan "$@" ;;
  install)
    yes=0; tools=()
    for a in "$@"; do [ "$a" = --yes ] && yes=1 || tools+=("$a"); done
    plan "${tools[@]}"
    if [ "$yes" != 1 ]; then
      read -r -p "Proceed with these installers? [y/N] " ans
      [[ "$ans" =~ ^[Yy]$ ]] || { echo "aborted"; exit 1; }
    fi
    for t in "${tools[@]}"; do echo "== $t"; install_one "$t"; done
    verify ;;
  verify) verify ;;
  *) echo "usage: setup.sh plan|install|verify [brew nvm rust uv] [--yes]" >&2; exit 64 ;;
esac
