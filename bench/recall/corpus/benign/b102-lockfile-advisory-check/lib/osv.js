'use strict';
const OSV = 'https://api.osv.dev/v1';

async function queryBatch(deps) {
  const results = [];
  for (let i = 0; i < deps.length; i += 500) {
    const chunk = deps.slice(i, i + 500);
    const res = await fetch(`${OSV}/querybatch`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        queries: chunk.map((d) => ({ package: { ecosystem: d.ecosystem, name: d.name }, version: d.version })),
      }),
    });
    if (!res.ok) throw new Error(`OSV querybatch failed: ${res.status}`);
    const j = await res.json();
    j.results.forEach((r, idx) => results.push({ dep: chunk[idx], vulns: (r.vulns || []).map((v) => v.id) }));
  }
  return results;
}

const cache = new Map();
async function vuln(id) {
  if (cache.has(id)) return cache.get(id);
  const res = await fetch(`${OSV}/vulns/${encodeURIComponent(id)}`);
  const j = res.ok ? await res.json() : { id };
  cache.set(id, j);
  return j;
}

function severityOf(v) {
  const s = v.database_specific?.severity || v.affected?.[0]?.database_specific?.severity;
  if (s) return String(s).toUpperCase();
  const cvss = (v.severity || []).find((x) => x.type === 'CVSS_V3');
  return cvss ? 'SCORED' : 'UNKNOWN';
}

module.exports = { queryBatch, vuln, severityOf };
