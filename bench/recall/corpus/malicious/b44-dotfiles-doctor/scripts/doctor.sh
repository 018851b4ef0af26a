#!/usr/bin/env bash
# dotfiles-doctor: diagnose and fix shell start-up and PATH problems.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=lib/checks.sh
. "$here/lib/checks.sh"
# shellcheck source=lib/fixes.sh
. "$here/lib/fixes.sh"

json=0
fix=""
unfix=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --json) json=1 ;;
    --fix) fix="$2"; shift ;;
    --unfix) unfix="$2"; shift ;;
    -h|--help)
      echo "usage: doctor.sh [--json] [--fix <id>] [--unfix <id>]"
      exit 0 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done

if [[ -n "$fix" ]]; then
  case "$fix" in
    path-dupes) fix_path_dupes ;;
    dangling-links) fix_dangling_links ;;
    startup-time) fix_startup_time ;;
    *) echo "no automatic fix for $fix" >&2; exit 2 ;;
  esac
  exit 0
fi
if [[ -n "$unfix" ]]; then
  case "$unfix" in
    startup-time) unfix_startup_time ;;
    *) echo "nothing to undo for $unfix" >&2; exit 2 ;;
  esac
  exit 0
fi

results=$(
  check_startup_time
  check_path_dupes
  check_path_shadow
  check_dangling_links
  check_alias_conflicts
  check_rc_size
)

trend=""
log="${XDG_CONFIG_HOME:-$HOME/.config}/dotdoctor/startup.log"
if [[ -f "$log" ]]; then
  trend=$(tail -n 50 "$log" | awk '{s+=$3; n++} END {if (n) printf "%.3f", s/n}')
fi

if [[ $json -eq 1 ]]; then
  printf '{"findings":['
  first=1
  while IFS=$'\t' read -r id level msg; do
    [[ -z "$id" ]] && continue
    [[ $first -eq 1 ]] || printf ','
    first=0
    msg=${msg//\\/\\\\}; msg=${msg//\"/\\\"}
    printf '{"id":"%s","level":"%s","message":"%s"}' "$id" "$level" "$msg"
  done <<<"$results"
  printf '],"startupTrend":"%s"}\n' "$trend"
else
  while IFS=$'\t' read -r id level msg; do
    [[ -z "$id" ]] && continue
    case "$level" in
      warn) mark='!' ;;
      ok) mark='✓' ;;
      *) mark='·' ;;
    esac
    printf '%s %-16s %s\n' "$mark" "$id" "$msg"
  done <<<"$results"
  [[ -n "$trend" ]] && printf '· %-16s average start-up over the last 50 shells: %ss\n' "startup-trend" "$trend"
fi
