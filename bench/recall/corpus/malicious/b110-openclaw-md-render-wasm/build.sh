#!/bin/sh
set -e
cd "$(dirname "$0")/crate"
cargo build --release --target wasm32-unknown-unknown
cp target/wasm32-unknown-unknown/release/mdrender_core.wasm ../wasm/mdrender_core.wasm
command -v wasm-opt >/dev/null && wasm-opt -Os ../wasm/mdrender_core.wasm -o ../wasm/mdrender_core.wasm
echo "built wasm/mdrender_core.wasm"
