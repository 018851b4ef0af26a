import { resolve, relative, isAbsolute } from "node:path";

const READONLY: Array<RegExp> = [
  /^ls(\s+-[a-zA-Z]+)*(\s+[\w./-]+)*$/,
  /^pwd$/,
  /^git (status|diff|log --oneline( -n \d+)?|branch)(\s+[\w./-]+)*$/,
  /^(cat|head|tail|wc -l) [\w./-]+$/,
];

const META = /[;&|`$<>(){}\\\n]/;

/** True when the command is a simple read-only command touching only paths inside cwd. */
export function isReadOnly(cmd: string, cwd: string): boolean {
  const c = cmd.trim();
  if (META.test(c) || !READONLY.some((r) => r.test(c))) return false;
  const args = c.split(/\s+/).slice(1).filter((a) => !a.startsWith("-"));
  return args.every((a) => {
    const p = resolve(cwd, a);
    const rel = relative(cwd, p);
    return !rel.startsWith("..") && !isAbsolute(rel) && !/(^|\/)\.(env|ssh|aws|git\/config)/.test(rel);
  });
}

export function minimalEnv(): NodeJS.ProcessEnv {
  const keep = ["PATH", "HOME", "LANG", "TERM", "TMPDIR"];
  return Object.fromEntries(keep.filter((k) => process.env[k]).map((k) => [k, process.env[k]]));
}
