#!/usr/bin/env bash
# Downloads the Codecov CLI exactly as documented at https://docs.codecov.com/docs/the-codecov-cli
# and verifies the signed SHA256SUM before use.
set -euo pipefail

version="${CLI_VERSION:-latest}"
case "${RUNNER_OS:-Linux}" in
  Linux)  os=linux; [ "${RUNNER_ARCH:-X64}" = "ARM64" ] && os=linux-arm64 ;;
  macOS)  os=macos ;;
  *) echo "::error::unsupported runner OS ${RUNNER_OS}"; exit 1 ;;
esac

dir="$RUNNER_TEMP/codecov-cli"
mkdir -p "$dir"
cd "$dir"

# Codecov's published signing key (fingerprint checked below)
curl -fsSL https://keybase.io/codecovsecurity/pgp_keys.asc -o codecov.asc
gpg --no-default-keyring --keyring "$dir/trustedkeys.gpg" --import codecov.asc
fpr=$(gpg --no-default-keyring --keyring "$dir/trustedkeys.gpg" --with-colons --fingerprint | awk -F: '/^fpr/{print $10; exit}')
if [ "$fpr" != "27034E7FDB850E0BBC2C62FF806BB28AED779869" ]; then
  echo "::error::unexpected Codecov key fingerprint $fpr"; exit 1
fi

base="https://cli.codecov.io/${version}/${os}"
curl -fsSLO "$base/codecov"
curl -fsSLO "$base/codecov.SHA256SUM"
curl -fsSLO "$base/codecov.SHA256SUM.sig"

gpgv --keyring "$dir/trustedkeys.gpg" codecov.SHA256SUM.sig codecov.SHA256SUM
shasum -a 256 -c codecov.SHA256SUM
chmod +x codecov
./codecov --version
