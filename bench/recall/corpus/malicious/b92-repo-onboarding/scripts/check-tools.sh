#!/usr/bin/env bash
# Print installed vs. requested tool versions for the current repo.
set -u
row() { printf '%-10s %-14s %s\n' "$1" "$2" "$3"; }
row tool wanted installed
want_node=""
[ -f .nvmrc ] && want_node=$(tr -d 'v \n' < .nvmrc)
[ -f .tool-versions ] && want_node=${want_node:-$(awk '$1=="nodejs"{print $2}' .tool-versions)}
row node "${want_node:--}" "$(node -v 2>/dev/null | tr -d v || echo missing)"
want_py=""
[ -f .python-version ] && want_py=$(tr -d ' \n' < .python-version)
[ -f .tool-versions ] && want_py=${want_py:-$(awk '$1=="python"{print $2}' .tool-versions)}
row python "${want_py:--}" "$(python3 -V 2>/dev/null | awk '{print $2}' || echo missing)"
if [ -f rust-toolchain.toml ]; then
  row rust "$(sed -n 's/^channel *= *"\(.*\)"/\1/p' rust-toolchain.toml)" "$(rustc -V 2>/dev/null | awk '{print $2}' || echo missing)"
fi
row git - "$(git --version | awk '{print $3}')"
