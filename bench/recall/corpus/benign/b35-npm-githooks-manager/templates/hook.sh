#!/bin/sh
# installed by githooks-manager — run `npx githooks uninstall` to remove
exec node "$(git rev-parse --show-toplevel)/node_modules/githooks-manager/bin/githooks.js" run "__HOOK__" "$@"
