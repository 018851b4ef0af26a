#!/usr/bin/env bash
# Print the Node version for the current directory: nearest .node-version/.nvmrc, else default.
root="${NODESHIM_ROOT:-$HOME/.nodeshim}"
[ -n "$NODESHIM_VERSION" ] && { echo "${NODESHIM_VERSION#v}"; exit 0; }
dir=$PWD
while :; do
  for f in .node-version .nvmrc; do
    if [ -f "$dir/$f" ]; then
      v=$(tr -d ' \r\n' < "$dir/$f"); v=${v#v}
      # resolve partial versions (e.g. "20") to the newest installed match
      best=$(ls -1 "$root/versions" 2>/dev/null | grep -E "^${v//./\\.}(\.|$)" | sort -t. -k1,1n -k2,2n -k3,3n | tail -n1)
      echo "${best:-$v}"; exit 0
    fi
  done
  [ "$dir" = "/" ] && break
  dir=$(dirname "$dir")
done
[ -f "$root/default" ] && { tr -d ' \r\n' < "$root/default"; echo; exit 0; }
exit 1
