/**
 * The review text OpenClaw renders from our response (install-security-scan.runtime: formatInstallPolicyNotice),
 * reproduced so we can measure it. OpenClaw fails a `warn` closed when this text exceeds 4,000 characters and
 * drops all findings from a `block` notice when it does, so the response must fit before it is sent.
 */
import type { Decision, PolicyFinding } from './protocol.js';

/** The guidance OpenClaw appends to a warn notice when it cannot prompt: the longest variant, the one measured. */
const REVIEW_GUIDANCE = [
  'This invocation cannot approve install policy warnings.',
  'To continue:',
  '  • Run the matching direct `openclaw plugins ...` or `openclaw skills ...` command interactively.',
  '  • For reviewed direct CLI automation, add --acknowledge-install-policy-warning.',
  '  • If no equivalent direct command exists, change security.installPolicy to allow this reviewed request, then retry.',
  '  • --force does not approve install policy warnings.',
];

/** OpenClaw's sanitizeTerminalText, without its ANSI stripping (which only shortens: measuring without it over-estimates). */
export function sanitizeLikeOpenClaw(text: string): string {
  return text.replace(/\p{Cc}/gu, (c) => (c === '\r' ? '\\r' : c === '\n' ? '\\n' : c === '\t' ? '\\t' : ''));
}

export function formatFindingLine(f: PolicyFinding): string {
  const location = f.file ? ` (${sanitizeLikeOpenClaw(f.file)}${f.line ? `:${f.line}` : ''})` : '';
  const evidence = f.evidence ? ` Evidence: ${sanitizeLikeOpenClaw(f.evidence)}` : '';
  return `[${f.severity.toUpperCase()}] ${sanitizeLikeOpenClaw(f.ruleId)}: ${sanitizeLikeOpenClaw(f.message)}${location}${evidence}`;
}

export function renderNotice(params: {
  decision: Decision;
  targetType: 'plugin' | 'skill';
  targetName: string;
  reason: string;
  findings: readonly PolicyFinding[];
}): string {
  const lines = [
    params.decision === 'warn' ? 'Install requires approval' : 'Install blocked by policy',
    '',
    `  ${params.targetType === 'skill' ? 'Skill' : 'Plugin'}: ${sanitizeLikeOpenClaw(params.targetName)}`,
    `  Reason: ${sanitizeLikeOpenClaw(params.reason)}`,
  ];
  if (params.findings.length) {
    lines.push('  Findings:');
    for (const f of params.findings) lines.push(`    • ${formatFindingLine(f)}`);
  }
  if (params.decision === 'warn') lines.push('', ...REVIEW_GUIDANCE);
  return lines.join('\n');
}
