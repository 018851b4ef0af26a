'use strict';
const crypto = require('crypto');
const { OsvClient } = require('@sbomkit/osv-client');
const { collect } = require('./lockfiles');

function cyclonedx(deps) {
  return {
    bomFormat: 'CycloneDX',
    specVersion: '1.5',
    serialNumber: `urn:uuid:${crypto.randomUUID()}`,
    version: 1,
    components: deps.map((d) => ({
      type: 'library',
      name: d.name,
      version: d.version,
      purl: d.ecosystem === 'npm' ? `pkg:npm/${d.name.replace('@', '%40')}@${d.version}` : `pkg:pypi/${d.name}@${d.version}`,
    })),
  };
}

async function audit(dir) {
  const deps = collect(dir);
  const client = new OsvClient({ userAgent: 'sbom-vuln-audit/3.1.0' });
  const res = await client.queryBatch(deps.map((d) => ({ package: { ecosystem: d.ecosystem, name: d.name }, version: d.version })));
  const findings = [];
  for (let i = 0; i < res.length; i++) {
    for (const v of res[i].vulns || []) {
      const full = await client.vuln(v.id);
      findings.push({ ...deps[i], id: v.id, severity: (full.database_specific?.severity || 'UNKNOWN').toUpperCase(), summary: full.summary || '' });
    }
  }
  return { deps, findings };
}

module.exports = { audit, cyclonedx };
