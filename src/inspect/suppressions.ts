/**
 * Suppressions: a reviewed JSON5 file of accepted findings. Each entry is pinned to the rule, the exact
 * package version and the sha256 of the file the finding is in, so a new version or a changed file is
 * judged afresh (an attacker cannot ride a suppression granted to yesterday's benign file). Suppressed
 * findings stay in the report with `suppressed: {reason, expires}` and do not count for the verdict.
 */
import fs from 'node:fs';
import { inputError } from '../core/errors.js';
import { parseJson5 } from '../core/json5.js';
import type { Finding } from '../report/types.js';

export interface Suppression {
  ruleId: string;
  /** `name@version` (skills: the skill name). */
  package: string;
  /** sha256 (hex) of the file the finding is in. */
  sha256: string;
  /** Optional: the path inside the package, for readability and an extra check. */
  file?: string;
  reason: string;
  /** ISO date or date-time; the suppression stops applying after it. */
  expires?: string;
}

/**
 * Read a suppressions file: `{suppressions: [...]}` or a bare array. A missing file is no suppressions
 * unless `required` (an explicit `--suppressions FILE` that does not exist is bad input).
 */
export function loadSuppressions(file: string, options: { required?: boolean } = {}): Suppression[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' && !options.required) return [];
    throw inputError('ESUPPRESSIONS', `cannot read suppressions file ${file}: ${(err as Error).message}`, { hint: 'check the --suppressions path' });
  }
  let data: unknown;
  try {
    data = parseJson5(text);
  } catch (err) {
    throw inputError('ESUPPRESSIONS', `suppressions file ${file} is not valid JSON5: ${(err as Error).message}`, { hint: 'fix the syntax; see docs/reports-and-rules.md ("Suppressions")' });
  }
  const list = Array.isArray(data) ? data : data && typeof data === 'object' ? (data as { suppressions?: unknown }).suppressions : undefined;
  if (!Array.isArray(list)) throw inputError('ESUPPRESSIONS', `suppressions file ${file} must hold {suppressions: [...]} or an array`, { hint: 'see docs/reports-and-rules.md ("Suppressions")' });
  return list.map((entry, i) => validateEntry(entry, i, file));
}

function validateEntry(entry: unknown, i: number, file: string): Suppression {
  const bad = (what: string) => inputError('ESUPPRESSIONS', `suppressions file ${file}, entry ${i}: ${what}`, { hint: 'each entry needs ruleId, package (name@version), sha256 (64 hex), reason, optional expires (ISO date)' });
  if (!entry || typeof entry !== 'object') throw bad('not an object');
  const e = entry as Record<string, unknown>;
  if (typeof e.ruleId !== 'string' || !e.ruleId) throw bad('ruleId missing');
  if (typeof e.package !== 'string' || !e.package) throw bad('package missing (name@version)');
  if (typeof e.sha256 !== 'string' || !/^[0-9a-f]{64}$/i.test(e.sha256)) throw bad('sha256 must be the 64-hex sha256 of the file');
  if (typeof e.reason !== 'string' || !e.reason.trim()) throw bad('reason missing: say why this finding is accepted');
  if (e.expires !== undefined && (typeof e.expires !== 'string' || Number.isNaN(Date.parse(e.expires)))) throw bad(`expires ${JSON.stringify(e.expires)} is not an ISO date`);
  if (e.file !== undefined && typeof e.file !== 'string') throw bad('file must be a string');
  return { ruleId: e.ruleId, package: e.package, sha256: e.sha256.toLowerCase(), reason: e.reason, ...(e.file ? { file: e.file as string } : {}), ...(e.expires ? { expires: e.expires as string } : {}) };
}

/**
 * Mark findings a live suppression covers. `fileSha256(finding)` returns the sha256 of the finding's file
 * (engine inspections carry `fileHashes`). Returns new finding objects; the input is not mutated.
 */
export function applySuppressions(
  findings: readonly Finding[],
  suppressions: readonly Suppression[],
  fileSha256: (finding: Finding) => string | undefined,
  now: Date = new Date(),
): Finding[] {
  if (suppressions.length === 0) return [...findings];
  return findings.map((f) => {
    const sha = f.file ? fileSha256(f)?.toLowerCase() : undefined;
    if (!sha) return f;
    const s = suppressions.find(
      (x) => x.ruleId === f.ruleId && x.package === f.package && x.sha256 === sha && (x.file === undefined || x.file === f.file) && (x.expires === undefined || endOf(x.expires) >= now.getTime()),
    );
    return s ? { ...f, suppressed: { reason: s.reason, ...(s.expires ? { expires: s.expires } : {}) } } : f;
  });
}

/** A date-only expiry (`2026-12-31`) lasts through that day. */
function endOf(expires: string): number {
  return /^\d{4}-\d{2}-\d{2}$/.test(expires) ? Date.parse(`${expires}T23:59:59.999Z`) : Date.parse(expires);
}
