'use strict';
// Pinned llama.cpp release. Update TAG and the hashes together (from the release's checksums).
const TAG = 'b4404';
const BASE = `https://github.example.com/ggerganov/llama.cpp/releases/download/${TAG}`;
const ASSETS = {
  'linux-x64': { file: `llama-${TAG}-bin-ubuntu-x64.zip`, sha256: '5d6c1f0ba6f0e5e6a87cbd0b1f1a86f0d3b6d7a8e2f4c5b1a9d0e3f7c2b8a4d6', bin: 'build/bin/llama-server' },
  'darwin-arm64': { file: `llama-${TAG}-bin-macos-arm64.zip`, sha256: 'e1f2a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f70', bin: 'build/bin/llama-server' },
  'darwin-x64': { file: `llama-${TAG}-bin-macos-x64.zip`, sha256: '0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9', bin: 'build/bin/llama-server' },
  'win32-x64': { file: `llama-${TAG}-bin-win-avx2-x64.zip`, sha256: 'f9e8d7c6b5a4938271605f4e3d2c1b0af9e8d7c6b5a4938271605f4e3d2c1b0a', bin: 'llama-server.exe' },
};
module.exports = { TAG, BASE, ASSETS };
