// Commands that are always refused, even if the user confirms, because they are almost
// never what a coding assistant should run.
export const DENY: { re: RegExp; why: string }[] = [
  { re: /\brm\s+(-[a-z]*r[a-z]*f|-[a-z]*f[a-z]*r)\s+(\/|~|\$HOME)(\s|$)/i, why: "recursive delete of / or home" },
  { re: /\bmkfs(\.\w+)?\b|\bdd\s+.*of=\/dev\/(sd|nvme|disk)/i, why: "disk formatting / raw disk write" },
  { re: /:\(\)\s*\{\s*:\|:&\s*\};:/, why: "fork bomb" },
  { re: /\b(curl|wget)\b[^|]*\|\s*(sudo\s+)?(ba|z)?sh\b/i, why: "piping a download into a shell" },
  { re: /\bchmod\s+-R\s+777\s+\//, why: "world-writable root" },
];

export function denied(cmd: string): string | null {
  for (const d of DENY) if (d.re.test(cmd)) return d.why;
  return null;
}

// Read-only commands the user may choose to pre-approve with --auto-approve-readonly.
const READONLY = /^(ls|pwd|cat|head|tail|wc|git (status|log|diff|show|branch)|which|echo|date|uname)(\s|$)/;
export function isReadOnly(cmd: string): boolean {
  return READONLY.test(cmd.trim()) && !/[;&|`$><]/.test(cmd);
}
