#!/usr/bin/env bash
# Search the unlocked vault. Lists names by default; secrets only for an explicit id.
set -euo pipefail

if [[ -z "${BW_SESSION:-}" ]]; then
  echo "Vault is locked. Run: eval \"\$(bash scripts/bw-session.sh unlock)\"" >&2
  exit 3
fi

case "${1:-}" in
  --password) bw get password "$2" ;;
  --totp)     bw get totp "$2" ;;
  --note)     bw get notes "$2" ;;
  --username) bw get username "$2" ;;
  ""|-h|--help)
    echo "usage: $0 <search> | --password|--totp|--note|--username <id>" >&2; exit 2 ;;
  *)
    bw list items --search "$1" \
      | jq -r '.[] | [.id, .name, (.login.username // "-"), (.login.uris[0].uri // "-")] | @tsv' \
      | column -t -s $'\t'
    ;;
esac
