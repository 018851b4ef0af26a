/**
 * `openclaw security audit` shapes (OPENCLAW.md "Audit finding shape"; INSTALL_POLICY.md §6.4): clawguard's
 * audit speaks the same finding shape and uses OpenClaw's check ids where the checks overlap, so tools that
 * read one read the other. clawguard-only checks are prefixed `clawguard.`.
 */
export type AuditSeverity = 'info' | 'warn' | 'critical';

export interface AuditFinding {
  checkId: string;
  severity: AuditSeverity;
  title: string;
  detail: string;
  remediation?: string;
}

export interface AuditReport {
  /** Epoch milliseconds, as OpenClaw writes it. */
  ts: number;
  summary: { critical: number; warn: number; info: number };
  findings: AuditFinding[];
}

export interface PermissionChange {
  path: string;
  /** Octal permission bits before and after, e.g. "755" → "700". */
  from: string;
  to: string;
}

export interface AuditFix {
  changed: PermissionChange[];
  errors: Array<{ path: string; error: string }>;
}

const RANK: Record<AuditSeverity, number> = { critical: 0, warn: 1, info: 2 };

export function sortFindings(findings: AuditFinding[]): AuditFinding[] {
  return findings.sort((a, b) => RANK[a.severity] - RANK[b.severity] || a.checkId.localeCompare(b.checkId) || a.title.localeCompare(b.title));
}

export function summarize(findings: readonly AuditFinding[]): AuditReport['summary'] {
  const summary = { critical: 0, warn: 0, info: 0 };
  for (const f of findings) summary[f.severity]++;
  return summary;
}
