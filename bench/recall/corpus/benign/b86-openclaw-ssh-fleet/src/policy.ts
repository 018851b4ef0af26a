export interface Host {
  alias: string;
  target: string;
  port?: number;
  allow?: string[];
}

const META = /[;&|`$<>\\\n]|\$\(/;

export type Decision = { ok: true } | { ok: false; needsApproval: true; reason: string } | { ok: false; needsApproval: false; reason: string };

export function decide(host: Host | undefined, command: string, defaults: string[]): Decision {
  if (!host) return { ok: false, needsApproval: false, reason: "unknown host alias (only configured hosts can be used)" };
  const cmd = command.trim();
  if (!cmd) return { ok: false, needsApproval: false, reason: "empty command" };
  const allow = [...defaults, ...(host.allow ?? [])];
  const prefixed = allow.some((a) => cmd === a.trim() || cmd.startsWith(a));
  if (prefixed && !META.test(cmd)) return { ok: true };
  return { ok: false, needsApproval: true, reason: prefixed ? "contains shell metacharacters" : "not in the allowlist" };
}
