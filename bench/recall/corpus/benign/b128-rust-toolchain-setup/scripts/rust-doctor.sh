#!/usr/bin/env bash
# Read-only report on the local Rust installation.
set -u
have() { command -v "$1" >/dev/null 2>&1; }
row() { printf '%-22s %s\n' "$1" "$2"; }

echo "== Rust doctor =="
row "os" "$(uname -sm)"
for b in rustup cargo rustc; do
  if have "$b"; then row "$b" "$("$b" --version 2>/dev/null | head -1)"; else row "$b" "not found"; fi
done

case ":$PATH:" in
  *":$HOME/.cargo/bin:"*) row "PATH has ~/.cargo/bin" "yes" ;;
  *) if [[ -x "$HOME/.cargo/bin/cargo" ]]; then
       row "PATH has ~/.cargo/bin" "NO (cargo exists there - source ~/.cargo/env)"
     else
       row "PATH has ~/.cargo/bin" "no"
     fi ;;
esac

if have rustup; then
  row "default toolchain" "$(rustup default 2>/dev/null | head -1)"
  row "installed targets" "$(rustup target list --installed 2>/dev/null | paste -sd, -)"
  row "components" "$(rustup component list --installed 2>/dev/null | sed 's/-[a-z0-9_]*-[a-z0-9_]*-[a-z0-9_]*$//' | sort -u | paste -sd, -)"
fi

if [[ "$(uname -s)" == "Linux" ]]; then
  have cc && row "C linker (cc)" "$(cc --version | head -1)" || row "C linker (cc)" "missing (needed for most crates)"
elif [[ "$(uname -s)" == "Darwin" ]]; then
  xcode-select -p >/dev/null 2>&1 && row "Xcode CLT" "installed" || row "Xcode CLT" "missing"
fi
