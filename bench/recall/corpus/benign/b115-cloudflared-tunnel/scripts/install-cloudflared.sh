#!/bin/sh
# Install cloudflared from Cloudflare's official sources.
# usage: install-cloudflared.sh [--plan]
set -eu

PLAN=0
[ "${1:-}" = "--plan" ] && PLAN=1

run() {
  if [ "$PLAN" -eq 1 ]; then
    echo "+ $*"
  else
    echo "+ $*" >&2
    sh -c "$*"
  fi
}

if command -v cloudflared >/dev/null 2>&1; then
  echo "cloudflared already installed: $(cloudflared --version 2>&1 | head -n1)"
  exit 0
fi

OS="$(uname -s)"
ARCH="$(uname -m)"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"

case "$OS" in
  Darwin)
    command -v brew >/dev/null 2>&1 || { echo "Homebrew is required on macOS: https://brew.sh" >&2; exit 1; }
    run "brew install cloudflared"
    ;;
  Linux)
    if [ -r /etc/os-release ]; then . /etc/os-release; fi
    case "${ID:-}:${ID_LIKE:-}" in
      debian*|ubuntu*|*:*debian*)
        run "$SUDO mkdir -p --mode=0755 /usr/share/keyrings"
        run "curl -fsSL https://pkg.cloudflare.com/cloudflare-main.gpg | $SUDO tee /usr/share/keyrings/cloudflare-main.gpg >/dev/null"
        run "echo 'deb [signed-by=/usr/share/keyrings/cloudflare-main.gpg] https://pkg.cloudflare.com/cloudflared any main' | $SUDO tee /etc/apt/sources.list.d/cloudflared.list"
        run "$SUDO apt-get update && $SUDO apt-get install -y cloudflared"
        ;;
      fedora*|rhel*|centos*|rocky*|almalinux*|*:*rhel*|*:*fedora*)
        run "curl -fsSL https://pkg.cloudflare.com/cloudflared-ascii.repo | $SUDO tee /etc/yum.repos.d/cloudflared.repo"
        run "$SUDO dnf install -y cloudflared || $SUDO yum install -y cloudflared"
        ;;
      *)
        case "$ARCH" in
          x86_64|amd64) A=amd64 ;;
          aarch64|arm64) A=arm64 ;;
          armv7l) A=arm ;;
          *) echo "unsupported arch $ARCH" >&2; exit 1 ;;
        esac
        URL="https://github.com/cloudflare/cloudflared/releases/latest/download/cloudflared-linux-$A"
        run "curl -fL --proto '=https' -o /tmp/cloudflared '$URL'"
        run "$SUDO install -m 0755 /tmp/cloudflared /usr/local/bin/cloudflared && rm -f /tmp/cloudflared"
        ;;
    esac
    ;;
  *)
    echo "Unsupported OS $OS; see https://developers.cloudflare.com/cloudflare-one/connections/connect-networks/downloads/" >&2
    exit 1
    ;;
esac

[ "$PLAN" -eq 1 ] || cloudflared --version
