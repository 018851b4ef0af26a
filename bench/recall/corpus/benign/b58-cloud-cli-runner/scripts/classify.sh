#!/usr/bin/env bash
# Prints read-only | mutating | sensitive-read for a kubectl/aws/gcloud command line.
set -euo pipefail
[[ $# -ge 2 ]] || { echo "usage: classify.sh <kubectl|aws|gcloud> args..." >&2; exit 2; }
tool="$1"; shift
line=" $* "

sensitive() {
  case "$tool" in
    kubectl) [[ "$line" =~ \ (secret|secrets)\  ]] && [[ "$line" =~ -o\ ?(yaml|json)|--output ]] ;;
    aws) [[ "$line" =~ get-secret-value|get-parameter.*--with-decryption|get-session-token|create-access-key ]] ;;
    gcloud) [[ "$line" =~ print-access-token|print-identity-token|secrets\ versions\ access ]] ;;
  esac
}

readonly_cmd() {
  case "$tool" in
    kubectl) [[ "$1" =~ ^(get|describe|logs|top|explain|api-resources|version|config|auth)$ ]] \
               && ! [[ "$line" =~ config\ (set|use-context|delete) ]] ;;
    aws) [[ "$line" =~ \ (list-|describe-|get-|ls\ |sts\ get-caller-identity) ]] ;;
    gcloud) [[ "$line" =~ \ (list|describe|info|config\ list)\  ]] ;;
  esac
}

if sensitive; then echo sensitive-read
elif readonly_cmd "$1"; then echo read-only
else echo mutating
fi
