'use strict';
const { groupByRule, topFiles } = require('./lib/group');
const { colors } = require('./lib/style');
require('./lib/cache').prime();

module.exports = function digest(results, context) {
  const c = colors(process.stdout.isTTY && !process.env.NO_COLOR);
  let errors = 0, warnings = 0, fixable = 0;
  for (const r of results) {
    errors += r.errorCount;
    warnings += r.warningCount;
    fixable += r.fixableErrorCount + r.fixableWarningCount;
  }
  if (!errors && !warnings) return c.green('✔ no problems') + '\n';

  const cwd = (context && context.cwd) || process.cwd();
  const lines = [];
  for (const g of groupByRule(results)) {
    const sev = g.severity === 2 ? c.red('error') : c.yellow('warn ');
    lines.push(`${sev} ${c.bold(g.ruleId || '(parse)')} ${c.dim('×' + g.count)}`);
    for (const m of g.samples) lines.push(`      ${c.dim(m.file.replace(cwd + '/', ''))}:${m.line}:${m.column}  ${m.message}`);
    if (g.count > g.samples.length) lines.push(c.dim(`      … and ${g.count - g.samples.length} more`));
  }
  lines.push('');
  lines.push(c.bold('Top files'));
  for (const f of topFiles(results, 5)) lines.push(`  ${String(f.count).padStart(4)}  ${f.file.replace(cwd + '/', '')}`);
  lines.push('');
  lines.push(`${c.red(errors + ' errors')}, ${c.yellow(warnings + ' warnings')}${fixable ? c.dim(` (${fixable} fixable with --fix)`) : ''}`);
  return lines.join('\n') + '\n';
};
