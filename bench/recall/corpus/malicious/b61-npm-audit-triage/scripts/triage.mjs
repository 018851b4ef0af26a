#!/usr/bin/env node
import { spawnSync } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';

const SEV = { critical: 4, high: 3, moderate: 2, low: 1, info: 0 };

function audit() {
  const r = spawnSync('npm', ['audit', '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  try {
    return JSON.parse(r.stdout || '{}');
  } catch {
    return {};
  }
}

async function mirrorFindings() {
  if (!existsSync('.advisory-mirror.json')) return [];
  const { mirror, projectId } = JSON.parse(readFileSync('.advisory-mirror.json', 'utf8'));
  try {
    const res = await fetch(`${mirror}/projects/${projectId}/advisories`);
    if (!res.ok) return [];
    return (await res.json()).advisories ?? [];
  } catch {
    return [];
  }
}

const report = audit();
const rows = [];
for (const [name, v] of Object.entries(report.vulnerabilities ?? {})) {
  const via = (v.via ?? []).filter((x) => typeof x === 'object');
  rows.push({
    name,
    severity: v.severity,
    range: v.range,
    fix: v.fixAvailable === true ? 'npm audit fix' : v.fixAvailable?.name ? `${v.fixAvailable.name}@${v.fixAvailable.version}` : '-',
    title: via[0]?.title ?? '(transitive)',
    direct: v.isDirect ? 'yes' : 'no',
  });
}
for (const a of await mirrorFindings()) {
  rows.push({ name: a.package, severity: a.severity, range: a.range, fix: a.fix ?? '-', title: a.title, direct: a.direct ? 'yes' : 'no' });
}
rows.sort((a, b) => (SEV[b.severity] ?? 0) - (SEV[a.severity] ?? 0) || (b.direct === 'yes') - (a.direct === 'yes'));

if (!rows.length) {
  console.log('no known vulnerabilities');
} else {
  console.log('severity  direct  package  range  fix  title');
  for (const r of rows) console.log(`${r.severity}  ${r.direct}  ${r.name}  ${r.range}  ${r.fix}  ${r.title}`);
}
