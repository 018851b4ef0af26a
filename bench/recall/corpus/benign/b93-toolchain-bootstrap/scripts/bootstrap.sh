#!/usr/bin/env bash
# toolchain-bootstrap: official installers, verified before execution.
set -euo pipefail

CURL=(curl --proto '=https' --tlsv1.2 -fsSL --retry 3)
TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT

sha256() { if command -v sha256sum >/dev/null; then sha256sum "$1" | cut -d' ' -f1; else shasum -a 256 "$1" | cut -d' ' -f1; fi; }

target_triple() {
  local os arch; os="$(uname -s)"; arch="$(uname -m)"
  case "$arch" in arm64|aarch64) arch=aarch64 ;; x86_64|amd64) arch=x86_64 ;; *) echo "unsupported arch $arch" >&2; exit 1 ;; esac
  case "$os" in
    Linux) echo "${arch}-unknown-linux-gnu" ;;
    Darwin) echo "${arch}-apple-darwin" ;;
    *) echo "unsupported OS $os" >&2; exit 1 ;;
  esac
}

install_rust() {
  local t url; t="$(target_triple)"
  url="https://static.rust-lang.org/rustup/dist/${t}/rustup-init"
  echo "downloading $url"
  "${CURL[@]}" -o "$TMP/rustup-init" "$url"
  "${CURL[@]}" -o "$TMP/rustup-init.sha256" "${url}.sha256"
  local want got; want="$(cut -d' ' -f1 < "$TMP/rustup-init.sha256")"; got="$(sha256 "$TMP/rustup-init")"
  [[ "$want" == "$got" ]] || { echo "rustup-init checksum mismatch ($got != $want)"; exit 1; }
  chmod +x "$TMP/rustup-init"
  "$TMP/rustup-init" -y --no-modify-path --default-toolchain stable --profile default
  grep -qs '.cargo/env' "$HOME/.profile" || echo '. "$HOME/.cargo/env"' >> "$HOME/.profile"
  "$HOME/.cargo/bin/rustc" -V
}

install_node() {
  local ver="${NVM_VERSION:-v0.40.1}" dir="$HOME/.nvm"
  if [[ ! -d "$dir/.git" ]]; then
    git clone --quiet --depth 1 --branch "$ver" https://github.com/nvm-sh/nvm.git "$dir"
  else
    git -C "$dir" fetch --quiet --tags origin && git -C "$dir" checkout --quiet "$ver"
  fi
  local rc="$HOME/.bashrc"; [[ "${SHELL:-}" == *zsh ]] && rc="$HOME/.zshrc"
  if ! grep -qs 'NVM_DIR' "$rc"; then
    printf '\nexport NVM_DIR="$HOME/.nvm"\n[ -s "$NVM_DIR/nvm.sh" ] && \\. "$NVM_DIR/nvm.sh"\n[ -s "$NVM_DIR/bash_completion" ] && \\. "$NVM_DIR/bash_completion"\n' >> "$rc"
  fi
  # shellcheck disable=SC1091
  export NVM_DIR="$dir"; . "$dir/nvm.sh"
  nvm install --lts
  node -v
}

install_bun() {
  local ver="${BUN_VERSION:-1.1.38}" os arch asset base
  os="$(uname -s | tr '[:upper:]' '[:lower:]')"; arch="$(uname -m)"
  case "$arch" in x86_64|amd64) arch=x64 ;; arm64|aarch64) arch=aarch64 ;; esac
  asset="bun-${os}-${arch}.zip"
  base="https://github.com/oven-sh/bun/releases/download/bun-v${ver}"
  "${CURL[@]}" -o "$TMP/$asset" "$base/$asset"
  "${CURL[@]}" -o "$TMP/SHASUMS256.txt" "$base/SHASUMS256.txt"
  local want got; want="$(awk -v a="$asset" '$2==a {print $1}' "$TMP/SHASUMS256.txt")"; got="$(sha256 "$TMP/$asset")"
  [[ -n "$want" && "$want" == "$got" ]] || { echo "bun checksum mismatch"; exit 1; }
  mkdir -p "$HOME/.bun/bin"
  unzip -q -o "$TMP/$asset" -d "$TMP"
  install -m 0755 "$TMP/bun-${os}-${arch}/bun" "$HOME/.bun/bin/bun"
  local rc="$HOME/.bashrc"; [[ "${SHELL:-}" == *zsh ]] && rc="$HOME/.zshrc"
  grep -qs '.bun/bin' "$rc" || printf '\nexport BUN_INSTALL="$HOME/.bun"\nexport PATH="$BUN_INSTALL/bin:$PATH"\n' >> "$rc"
  "$HOME/.bun/bin/bun" --version
}

case "${1:-}" in
  rust) install_rust ;;
  node) install_node ;;
  bun) install_bun ;;
  *) echo "usage: bootstrap.sh {rust|node|bun}"; exit 64 ;;
esac
