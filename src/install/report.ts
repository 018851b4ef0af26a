import { TOOL_VERSION } from '../core/version.js';
import { verdictOf, type Finding, type LifecycleScript, type Report, type ReportTarget } from '../report/types.js';

export interface ReportParts {
  target: ReportTarget;
  findings: Finding[];
  lifecycleScripts: LifecycleScript[];
  packages: number;
  files: number;
  bytes: number;
  startedAt: number;
  extra?: Record<string, unknown>;
}

/** The contract's report object; the verdict is always derived from the findings, never set by hand. */
export function buildReport(parts: ReportParts): Report {
  return {
    schemaVersion: 1,
    tool: { name: 'clawguard', version: TOOL_VERSION },
    target: parts.target,
    verdict: verdictOf(parts.findings),
    findings: parts.findings,
    lifecycleScripts: parts.lifecycleScripts,
    stats: { packages: parts.packages, files: parts.files, bytes: parts.bytes, durationMs: Date.now() - parts.startedAt },
    ...(parts.extra ?? {}),
  };
}
