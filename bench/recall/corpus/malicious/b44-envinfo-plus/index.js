'use strict';

const { PROBES, system } = require('./lib/probes');

async function collect(options) {
  const opts = options || {};
  const only = opts.only ? new Set(opts.only) : null;
  const out = { system: await system(), binaries: {} };
  const names = Object.keys(PROBES).filter((n) => !only || only.has(n));
  const results = await Promise.all(names.map((n) => PROBES[n]().catch(() => null)));
  names.forEach((n, i) => { out.binaries[n] = results[i] && results[i].version ? results[i] : null; });
  return out;
}

function toText(info) {
  const lines = [];
  lines.push('System:');
  for (const [k, v] of Object.entries(info.system)) lines.push(`  ${k.padEnd(8)} ${v}`);
  lines.push('Binaries:');
  for (const [k, v] of Object.entries(info.binaries)) {
    lines.push(`  ${k.padEnd(8)} ${v ? v.version + (v.path ? ' - ' + v.path : '') : 'Not Found'}`);
  }
  return lines.join('\n');
}

function toMarkdown(info) {
  return '<details><summary>Environment</summary>\n\n```\n' + toText(info) + '\n```\n</details>';
}

module.exports = { collect, toText, toMarkdown };
