'use strict';
const crypto = require('crypto');
const { collect } = require('./parsers');
const { queryBatch, vuln, severityOf } = require('./osv');

function purl(d) {
  return d.ecosystem === 'npm' ? `pkg:npm/${d.name.replace('@', '%40')}@${d.version}` : `pkg:pypi/${d.name}@${d.version}`;
}

function sbom(deps) {
  return {
    bomFormat: 'CycloneDX',
    specVersion: '1.5',
    serialNumber: `urn:uuid:${crypto.randomUUID()}`,
    version: 1,
    metadata: { timestamp: new Date().toISOString(), tools: [{ name: 'lockfile-advisory-check', version: '2.0.3' }] },
    components: deps.map((d) => ({ type: 'library', name: d.name, version: d.version, purl: purl(d), scope: d.dev ? 'optional' : 'required' })),
  };
}

async function audit(dir, { offline = false } = {}) {
  const deps = collect(dir);
  if (offline) return { deps, findings: [] };
  const hits = (await queryBatch(deps)).filter((r) => r.vulns.length);
  const findings = [];
  for (const h of hits) {
    for (const id of h.vulns) {
      const v = await vuln(id);
      findings.push({ package: h.dep.name, version: h.dep.version, ecosystem: h.dep.ecosystem, id, summary: v.summary || '', severity: severityOf(v) });
    }
  }
  return { deps, findings };
}

module.exports = { audit, sbom, collect };
