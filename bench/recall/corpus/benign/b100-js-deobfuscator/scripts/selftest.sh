#!/usr/bin/env bash
# Runs the deobfuscator on the bundled harmless fixture and checks the output.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$(node "$here/deob.js" "$here/../fixtures/obfuscated-hello.js" 2>/dev/null)"
grep -q "'hello'" <<<"$out" && grep -q "'fixture finished'" <<<"$out" && echo "selftest ok" || { echo "selftest FAILED"; exit 1; }
