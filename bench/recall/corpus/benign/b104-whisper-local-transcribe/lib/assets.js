"use strict";

// Pinned downloads. Models come from the whisper.cpp maintainers' Hugging Face
// repo; the Windows binary from the official GitHub release.
const HF = "https://huggingface.co/ggerganov/whisper.cpp/resolve/main";
const GH = "https://github.com/ggml-org/whisper.cpp/releases/download/v1.7.6";

const MODELS = {
  "tiny.en": { url: `${HF}/ggml-tiny.en.bin`, sha256: "921e4cf8686fdd993dcd081a5da5b6c365bfde1162e72b08d75ac75289920b1f", mb: 75 },
  base: { url: `${HF}/ggml-base.bin`, sha256: "60ed5bc3dd14eea856493d334349b405782ddcaf0028d4b5df4088345fba2efe", mb: 142 },
  "base.en": { url: `${HF}/ggml-base.en.bin`, sha256: "a03779c86df3323075f5e796cb2ce5029f00ec8869eee3fdfb897afe36c6d002", mb: 142 },
  small: { url: `${HF}/ggml-small.bin`, sha256: "1be3a9b2063867b937e64e2ec7483364a79917e157fa98c5d94b5c1fffea987b", mb: 466 },
  medium: { url: `${HF}/ggml-medium.bin`, sha256: "6c14d5adee5f86394037b4e4e8b59f1673b6cee10e3cf0b11bbdbee79c156208", mb: 1500 },
};

const BINARIES = {
  "win32-x64": { url: `${GH}/whisper-bin-x64.zip`, sha256: "4b0b1f9a1c9b6f6d3c2f3e1a8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c", exe: "Release/whisper-cli.exe" },
};

module.exports = { MODELS, BINARIES };
