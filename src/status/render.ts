/** `clawguard status` as one screen of at most 80 columns: the guards first, then what is installed. */
import { formatBytes } from '../report/summary.js';
import { terminalSafe } from '../report/terminal-safe.js';
import type { CheckState, StatusReport } from './status.js';

type Paint = (code: number, text: string) => string;

const MARK: Record<CheckState, [string, number]> = { ok: ['ok', 32], warn: ['!!', 33], unguarded: ['NO', 31] };
const LABEL: Record<string, string> = {
  'install-policy': 'install policy',
  'gateway-check': 'gateway check',
  'skills-watcher': 'skills watcher',
  plugins: 'plugins',
  scripts: 'scripts',
};

/** Wrap to `width` columns, continuation lines indented by `indent` spaces. */
export function wrap(text: string, width: number, indent: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  const max = () => width - (lines.length === 0 ? 0 : indent);
  for (const word of words) {
    if (line && line.length + 1 + word.length > max()) {
      lines.push(line);
      line = '';
    }
    // A single word longer than a line (a path) is cut rather than overflow.
    let w = word;
    while (w.length > max()) {
      if (line) {
        lines.push(line);
        line = '';
      }
      lines.push(w.slice(0, max()));
      w = w.slice(max());
    }
    line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines.map((l, i) => (i === 0 ? l : `${' '.repeat(indent)}${l}`));
}

export function renderStatus(s: StatusReport, options: { color?: boolean; width?: number } = {}): string {
  const paint: Paint = options.color ? (code, text) => `\u001b[${code}m${text}\u001b[0m` : (_c, text) => text;
  const width = Math.min(options.width ?? 80, 80);
  const out: string[] = [];
  out.push(paint(1, `clawguard ${s.engine.version}`) + ` — state dir ${terminalSafe(s.stateDir)}`);
  out.push(
    s.guarded
      ? paint(32, 'GUARDED: every path into this installation goes through clawguard')
      : paint(31, 'UNGUARDED: at least one path into this installation bypasses clawguard'),
  );
  out.push('');
  for (const c of s.checks) {
    const [mark, code] = MARK[c.state];
    const head = `[${paint(code, mark)}] ${LABEL[c.id].padEnd(15)} `;
    const body = wrap(terminalSafe(c.summary), width - 21, 0);
    out.push(head + body[0], ...body.slice(1).map((l) => `${' '.repeat(21)}${l}`));
    if (c.fix) out.push(...wrap(`fix: ${terminalSafe(c.fix)}`, width - 21, 5).map((l) => `${' '.repeat(21)}${l}`));
  }

  out.push('', paint(1, `PLUGINS (${s.plugins.length} recorded)`));
  if (s.plugins.length === 0) out.push('  none installed or adopted by clawguard');
  else {
    const header = ['ID', 'VERSION', 'VERDICT', 'INTEGRITY', 'ALLOW'];
    const rows = s.plugins.map((p) => [p.id, p.version, p.verdict, p.integrity, p.allowStatus].map((c) => terminalSafe(c)));
    // The id column takes what the others leave of 80 columns; longer ids are cut with an ellipsis.
    const fixed = [7, 7, 11, 16];
    for (let i = 1; i < header.length; i++) fixed[i - 1] = Math.max(header[i].length, ...rows.map((r) => r[i].length));
    const idWidth = Math.max(2, Math.min(Math.max(...rows.map((r) => r[0].length), 2), width - 2 - fixed.reduce((n, w) => n + w + 2, 0)));
    const cut = (t: string, w: number) => (t.length > w ? `${t.slice(0, w - 1)}…` : t);
    for (const r of [header, ...rows]) {
      const cells = [cut(r[0], idWidth).padEnd(idWidth), ...r.slice(1).map((c, i) => c.padEnd(fixed[i]))];
      out.push(`  ${cells.join('  ').trimEnd()}`);
    }
    for (const p of s.plugins.filter((x) => x.reasons.length > 0 || x.fix))
      out.push(...wrap(`${terminalSafe(p.id)}: ${p.reasons.join(', ')}${p.fix ? ` — fix: ${terminalSafe(p.fix)}` : ''}`, width - 2, 4).map((l) => `  ${l}`));
  }
  if (s.gateway.unrecorded.length > 0)
    out.push(...wrap(`not recorded (refused at gateway start): ${s.gateway.unrecorded.map(terminalSafe).join(', ')} — fix: clawguard plugins adopt <id>`, width - 2, 4).map((l) => `  ${l}`));

  const q = s.quarantined;
  if (q.plugins.length + q.skills.length > 0) {
    out.push('', paint(1, `QUARANTINED (${q.plugins.length + q.skills.length})`));
    for (const p of q.plugins) out.push(...wrap(`plugin ${terminalSafe(p.id)}: ${terminalSafe(p.to)} (since ${p.at.slice(0, 10)})`, width - 2, 4).map((l) => `  ${l}`));
    for (const k of q.skills) out.push(...wrap(`skill ${terminalSafe(k.name)}: from ${terminalSafe(k.originalDir)} (since ${k.quarantinedAt.slice(0, 10)})`, width - 2, 4).map((l) => `  ${l}`));
  }
  if (s.unapprovedScripts.length > 0) {
    out.push('', paint(1, `UNAPPROVED SCRIPTS (${s.unapprovedScripts.length})`));
    for (const u of s.unapprovedScripts.slice(0, 20)) {
      const line = `${terminalSafe(u.pluginId)}: ${terminalSafe(u.package)} ${terminalSafe(u.event)}: ${terminalSafe(u.command.replace(/\s+/g, ' '))}`;
      out.push(`  ${line.length > width - 2 ? `${line.slice(0, width - 3)}…` : line}`);
    }
    if (s.unapprovedScripts.length > 20) out.push(`  … ${s.unapprovedScripts.length - 20} more (--json lists them all)`);
  }
  out.push('', paint(2, `rules: ${s.engine.rules}${s.engine.digest ? `, engine ${s.engine.digest}` : ''} (${terminalSafe(s.engine.rulesDir)})`.slice(0, width)));
  out.push(paint(2, `inspection cache: ${formatBytes(s.cache.bytes)} in ${s.cache.dirs.reduce((n, d) => n + d.files, 0)} files`));
  return `${out.join('\n')}\n`;
}
