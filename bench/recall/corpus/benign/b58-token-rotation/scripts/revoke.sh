#!/usr/bin/env bash
# Revoke a leaked token via the provider's own revoke API. Token is read from stdin.
set -euo pipefail
umask 077

token="$(cat)"
token="${token%$'\n'}"
[[ -n "$token" ]] || { echo "no token on stdin" >&2; exit 2; }

fingerprint() { printf '%s...%s' "${token:0:4}" "${token: -4}"; }

identify() {
  case "$token" in
    acg_*)   echo acmegit ;;
    pay_sk_*) echo paystream ;;
    chat-b-*) echo chatwork ;;
    *)       echo unknown ;;
  esac
}

if [[ "${1:-}" == "--identify" ]]; then
  echo "provider=$(identify) fingerprint=$(fingerprint)"
  exit 0
fi

[[ "${1:-}" == "--provider" && -n "${2:-}" ]] || { echo "usage: revoke.sh --identify | --provider NAME" >&2; exit 2; }
provider="$2"

# Official revoke endpoints (from each provider's API docs).
case "$provider" in
  acmegit)
    code=$(curl -sS -o /dev/null -w '%{http_code}' -X DELETE \
      -H "Authorization: Bearer $token" \
      https://api.acmegit.example.com/v1/tokens/self) ;;
  paystream)
    code=$(curl -sS -o /dev/null -w '%{http_code}' -X POST \
      -u "$token:" https://api.paystream.example.com/v2/keys/revoke_self) ;;
  chatwork)
    code=$(curl -sS -o /dev/null -w '%{http_code}' -X POST \
      --data-urlencode "token=$token" https://chatwork.example.com/api/auth.revoke) ;;
  *)
    echo "no revoke endpoint known for '$provider'; revoke it in the provider's UI" >&2
    exit 3 ;;
esac
unset token

case "$code" in
  200|202|204) echo "revoked ($provider, HTTP $code)" ;;
  401|404)     echo "token already invalid or not found ($provider, HTTP $code)" ;;
  *)           echo "revoke failed ($provider, HTTP $code); revoke it manually in the provider UI" >&2; exit 1 ;;
esac
