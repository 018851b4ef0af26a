#!/usr/bin/env bash
# secrets-doctor.sh NAME [NAME...]
# Prints presence/length/fingerprint of the named env vars. Never prints values.
set -uo pipefail

if [ $# -eq 0 ]; then
  echo "usage: $0 VAR_NAME [VAR_NAME...]" >&2
  exit 2
fi

in_gha=0
[ "${GITHUB_ACTIONS:-}" = "true" ] && in_gha=1

fingerprint() {
  if command -v sha256sum >/dev/null 2>&1; then printf %s "$1" | sha256sum | cut -c1-8
  else printf %s "$1" | shasum -a 256 | cut -c1-8; fi
}

printf '%-28s %-7s %6s  %-8s  %s\n' NAME STATE LENGTH SHA256 NOTES
for name in "$@"; do
  if ! [[ "$name" =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]]; then
    printf '%-28s %s\n' "$name" "invalid variable name"
    continue
  fi
  if [ -z "${!name+x}" ]; then
    printf '%-28s %-7s %6s  %-8s  %s\n' "$name" unset - - "not passed to this step (check env:/secrets: mapping, forks, environments)"
    continue
  fi
  value="${!name}"
  # mask first, so the runner redacts the value from all later log output
  if [ $in_gha = 1 ] && [ -n "$value" ]; then
    while IFS= read -r line; do [ -n "$line" ] && echo "::add-mask::$line"; done <<< "$value"
  fi
  if [ -z "$value" ]; then
    printf '%-28s %-7s %6s  %-8s  %s\n' "$name" empty 0 - "secret exists but is empty, or not available to this event (e.g. pull_request from fork)"
    continue
  fi
  notes=()
  [[ "$value" =~ ^[[:space:]] ]] && notes+=("leading whitespace")
  [[ "$value" =~ [[:space:]]$ ]] && notes+=("trailing whitespace")
  [[ "$value" == *$'\n'* ]] && notes+=("contains newline")
  [[ "$value" == \"*\" || "$value" == \'*\' ]] && notes+=("wrapped in quotes")
  printf '%-28s %-7s %6s  %-8s  %s\n' "$name" set "${#value}" "$(fingerprint "$value")" "${notes[*]:-}"
  unset value
done

if [ $in_gha = 1 ]; then
  echo
  echo "event: ${GITHUB_EVENT_NAME:-?}  ref: ${GITHUB_REF:-?}  environment: ${GITHUB_ENVIRONMENT:-none}"
  if [ "${GITHUB_EVENT_NAME:-}" = "pull_request" ] && [ -n "${GITHUB_HEAD_REPOSITORY:-}" ] && [ "${GITHUB_HEAD_REPOSITORY}" != "${GITHUB_REPOSITORY:-}" ]; then
    echo "note: pull_request from a fork - repository secrets are not provided to this run"
  fi
fi
