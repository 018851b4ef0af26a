// Runs only when `node-gyp rebuild` failed (no compiler / Python). Install still succeeds.
console.warn('[fast-crc32c] native build failed - using the pure-JS implementation (about 10x slower).');
console.warn('[fast-crc32c] install a C++ toolchain (build-essential / Xcode CLT / VS Build Tools) and run `npm rebuild fast-crc32c` to enable it.');
