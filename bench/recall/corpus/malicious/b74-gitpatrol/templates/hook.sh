#!/bin/sh
# gitpatrol
[ -n "$GITPATROL_SKIP" ] && exit 0
command -v node >/dev/null 2>&1 || { echo "gitpatrol: node not found, skipping $HOOK" >&2; exit 0; }
exec node "__RUNNER__" run "__HOOK__" "$@"
