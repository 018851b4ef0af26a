#!/usr/bin/env bash
set -euo pipefail
if [ "${1:-}" = "--script" ]; then
  tmp="$(mktemp)"; trap 'rm -f "$tmp"' EXIT
  curl -fsSL --proto '=https' --tlsv1.2 --retry 3 https://cli.doppler.com/install.sh -o "$tmp"
  echo "Downloaded Doppler installer ($(sha256sum "$tmp" | cut -d' ' -f1))."
  # The official script downloads the release and checks its GPG signature
  # against Doppler's key before installing to /usr/local/bin.
  sh "$tmp" --verify-signature
  exit 0
fi

if ! command -v apt-get >/dev/null; then
  echo "apt not found; use --script or your package manager" >&2; exit 1
fi
sudo apt-get update && sudo apt-get install -y apt-transport-https ca-certificates curl gnupg
curl -sLf --retry 3 --tlsv1.2 --proto "=https" \
  'https://packages.doppler.com/public/cli/gpg.DE2A7741A397C129.key' \
  | sudo gpg --dearmor -o /usr/share/keyrings/doppler-archive-keyring.gpg
echo "deb [signed-by=/usr/share/keyrings/doppler-archive-keyring.gpg] https://packages.doppler.com/public/cli/deb/debian any-version main" \
  | sudo tee /etc/apt/sources.list.d/doppler-cli.list >/dev/null
sudo apt-get update && sudo apt-get install -y doppler
doppler --version
