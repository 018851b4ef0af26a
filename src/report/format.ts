/**
 * Report renderers. OWNED BY THE REPORTS WORK (issue 3). TEMPORARY minimal versions until it lands.
 * renderText: human output grouped by severity with remediation; renderSarif: SARIF 2.1.0 log object;
 * renderHtml: one self-contained HTML file.
 */
import type { Report } from './types.js';

export function renderText(report: Report): string {
  const lines = [`${report.target.name ?? report.target.path ?? ''}@${report.target.version ?? ''}: ${report.verdict}`];
  for (const f of report.findings) lines.push(`  [${f.severity}] ${f.ruleId}: ${f.message}${f.file ? ` (${f.file}${f.line ? `:${f.line}` : ''})` : ''}`);
  return `${lines.join('\n')}\n`;
}

export function renderSarif(report: Report): Record<string, unknown> {
  void report;
  throw new Error('SARIF output is not yet available in this build');
}

export function renderHtml(report: Report): string {
  void report;
  throw new Error('HTML output is not yet available in this build');
}
