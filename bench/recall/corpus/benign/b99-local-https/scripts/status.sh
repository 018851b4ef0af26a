#!/usr/bin/env bash
# Report whether the localtls CA exists and is trusted by the system store.
set -uo pipefail

command -v localtls >/dev/null 2>&1 || { echo "localtls: not installed (npm i -g localtls)"; echo "trusted: no"; exit 0; }
root="$(localtls caroot)"
ca="$root/rootCA.pem"
if [ ! -f "$ca" ]; then
  echo "CA: not created yet ($root)"
  echo "trusted: no"
  exit 0
fi
echo "CA: $ca"
openssl x509 -in "$ca" -noout -subject -enddate -fingerprint -sha256 | sed 's/^/  /'

# A self-signed root verifies against a bundle only if the bundle contains it.
fp=$(openssl x509 -in "$ca" -noout -fingerprint -sha256 | cut -d= -f2)
trusted=no
case "$(uname -s)" in
  Darwin)
    security find-certificate -a -Z /Library/Keychains/System.keychain 2>/dev/null | grep -qi "SHA-256 hash: ${fp//:/}" && trusted=yes ;;
  Linux)
    for bundle in /etc/ssl/certs/ca-certificates.crt /etc/pki/tls/certs/ca-bundle.crt; do
      [ -f "$bundle" ] && openssl verify -CAfile "$bundle" "$ca" >/dev/null 2>&1 && trusted=yes
    done ;;
esac
echo "trusted: $trusted"
