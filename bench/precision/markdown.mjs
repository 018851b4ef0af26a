/** The precision results as a markdown page: rates per group, then every blocked or warned target and why. */
const GROUP_TITLE = { 'npm-top': '200 most-downloaded npm packages', 'openclaw-plugin': 'Real OpenClaw plugins', 'openclaw-related': 'Other real packages naming OpenClaw/clawdbot/moltbot', 'security-tools': 'Security tools that quote attacks (hard negatives)', 'skills-benign': 'Benign skills (fixtures/skills-benign)', 'openclaw-bundled-skills': 'Skills bundled with OpenClaw (real)' };

const cell = (s) => String(s ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function writeMarkdown(report) {
  const out = [
    '# Precision bench',
    '',
    `Generated ${report.generatedAt} by \`node bench/precision/run.mjs\` — engine revision \`${report.engineRevision}\`, Node ${report.node}, unpacker ${report.unpacker}.`,
    '',
    '| corpus | inspected | block | block rate | warn | warn rate | errors | target | met |',
    '|---|---:|---:|---:|---:|---:|---:|---|---|',
  ];
  for (const [group, s] of Object.entries(report.summary)) {
    const t = report.targets[group];
    out.push(`| ${GROUP_TITLE[group] ?? group} | ${s.inspected}/${s.total} | ${s.block} | ${s.blockRatePct}% | ${s.warn} | ${s.warnRatePct}% | ${s.errors} | ≤${t.maxBlocks} block | ${t.met ? 'yes' : 'NO'} |`);
  }
  if (report.notPlugins?.length > 0) out.push('', `Not OpenClaw plugins after all (no \`openclaw.extensions\` in the tarball): ${report.notPlugins.join(', ')}`);
  for (const verdict of ['block', 'warn']) {
    const hits = report.results.filter((r) => r.verdict === verdict);
    out.push('', `## ${verdict === 'block' ? 'Blocked' : 'Warned'} (${hits.length})`, '');
    if (hits.length === 0) {
      out.push('None.');
      continue;
    }
    out.push('| target | corpus | rules (severity ≥ medium) | first evidence |', '|---|---|---|---|');
    for (const r of hits) {
      const rules = [...new Set(r.notable.map((f) => `${f.ruleId} (${f.severity})`))].join(', ');
      const first = r.notable.find((f) => f.severity === 'critical') ?? r.notable[0];
      const where = first ? `${cell(first.file)}${first.line ? `:${first.line}` : ''} ${first.evidence ? `\`${cell(first.evidence.replace(/`/g, "'").slice(0, 100))}\`` : ''}` : '';
      out.push(`| ${cell(r.version ? `${r.name}@${r.version}` : r.name)} | ${r.group} | ${cell(rules)} | ${where} |`);
    }
  }
  // Which rules cost the most precision: targets (not findings) each rule pushed to warn or block.
  const byRule = new Map();
  for (const r of report.results) {
    if (r.verdict !== 'block' && r.verdict !== 'warn') continue;
    for (const key of new Set((r.notable ?? []).map((f) => `${f.ruleId} (${f.severity})`))) {
      const row = byRule.get(key) ?? {};
      row[r.group] = (row[r.group] ?? 0) + 1;
      byRule.set(key, row);
    }
  }
  if (byRule.size > 0) {
    const groups = Object.keys(report.summary);
    out.push('', '## Rules behind the blocks and warnings (targets per corpus)', '', `| rule | ${groups.join(' | ')} |`, `|---|${groups.map(() => '---:').join('|')}|`);
    const total = (row) => Object.values(row).reduce((a, b) => a + b, 0);
    for (const [rule, row] of [...byRule].sort((a, b) => total(b[1]) - total(a[1]))) out.push(`| ${rule} | ${groups.map((g) => row[g] ?? 0).join(' | ')} |`);
  }
  const errors = report.results.filter((r) => r.error || r.unpackError);
  if (errors.length > 0) {
    out.push('', `## Errors (${errors.length})`, '');
    for (const r of errors) out.push(`- ${r.version ? `${r.name}@${r.version}` : r.name}: ${cell(r.error ?? `unpack refused (inspected after a plain unpack): ${r.unpackError}`)}`);
  }
  return `${out.join('\n')}\n`;
}
