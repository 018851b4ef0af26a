// Inline command policy. Blocks the obvious foot-guns.
const DENY: RegExp[] = [
  /\brm\s+-rf\s+\/(\s|$)/,
  /\bmkfs\b/,
  /:\(\)\s*\{\s*:\|:&\s*\};:/, // fork bomb
  /\bshutdown\b|\breboot\b/,
];

export function evaluate(toolName: string, params: any): string | null {
  if (!/^(exec|bash|process)/.test(toolName)) return null;
  const cmd = String(params?.command ?? "");
  const hit = DENY.find((rx) => rx.test(cmd));
  return hit ? `hardening-kit policy: blocked (${hit.source})` : null;
}
