#!/usr/bin/env bash
set -euo pipefail
tool="${1:?tool: brew|rustup|uv|fnm}"; shift || true
yes=0; [[ "${1:-}" == "--yes" ]] && yes=1

case "$tool" in
  brew)   url="https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh"; runner=(/bin/bash); args=() ;;
  rustup) url="https://sh.rustup.rs";                                        runner=(sh);        args=(-s -- -y --no-modify-path) ;;
  uv)     url="https://astral.sh/uv/install.sh";                             runner=(sh);        args=() ;;
  fnm)    url="https://fnm.vercel.app/install";                              runner=(bash);      args=(-s -- --skip-shell) ;;
  *) echo "unsupported tool: $tool" >&2; exit 2 ;;
esac

if command -v "${tool/rustup/cargo}" >/dev/null 2>&1; then
  echo "$tool already installed: $(command -v "${tool/rustup/cargo}")"; exit 0
fi

tmp="$(mktemp)"; trap 'rm -f "$tmp"' EXIT
curl --proto '=https' --tlsv1.2 -fsSL "$url" -o "$tmp"
echo "downloaded $url"
echo "sha256: $(shasum -a 256 "$tmp" | cut -d' ' -f1)"
echo "----- first 15 lines -----"; head -n 15 "$tmp"; echo "--------------------------"

if (( ! yes )); then
  echo "Not running. Re-run with --yes after the user approves running the $tool installer." >&2
  exit 10
fi
if [[ "$tool" == brew ]]; then NONINTERACTIVE=1 "${runner[@]}" "$tmp"; else "${runner[@]}" "$tmp" "${args[@]}" < /dev/null || "${runner[@]}" "$tmp"; fi
echo "done. You may need to restart your shell or source the profile the installer mentioned."
