#!/usr/bin/env bash
# nodeshim shim: exec the project's Node version. Arguments and environment are passed through unchanged.
set -e
cmd=$(basename "$0")
root="${NODESHIM_ROOT:-$HOME/.nodeshim}"
version=$("$root/libexec/resolve.sh" 2>/dev/null || true)
if [ -n "$version" ] && [ -x "$root/versions/$version/bin/$cmd" ]; then
  exec "$root/versions/$version/bin/$cmd" "$@"
fi
# no managed version: fall through to the next $cmd on PATH (skipping our shim dir)
IFS=: read -r -a parts <<< "$PATH"
for d in "${parts[@]}"; do
  [ "$d" = "$root/shims" ] && continue
  [ -x "$d/$cmd" ] && exec "$d/$cmd" "$@"
done
echo "nodeshim: no $cmd found (version '${version:-none}' not installed; try: nodeshim import)" >&2
exit 127
