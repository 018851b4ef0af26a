'use strict';

const { loadWorkspace } = require('./workspace');
const { changedSince, planBump, applyPlan } = require('./bump');
const { publishOne, publishIndex } = require('./registry');

function topoOrder(ws) {
  const seen = new Set();
  const order = [];
  const visit = (p) => {
    if (seen.has(p.name)) return;
    seen.add(p.name);
    const deps = { ...p.pkg.dependencies, ...p.pkg.peerDependencies };
    for (const d of Object.keys(deps)) if (ws.byName.has(d)) visit(ws.byName.get(d));
    order.push(p);
  };
  ws.packages.forEach(visit);
  return order;
}

async function publishAll(ws, opts) {
  const results = [];
  for (const p of topoOrder(ws)) {
    if (p.private) continue;
    results.push(await publishOne(p, opts));
  }
  if (!opts.dryRun) await publishIndex(results.filter((r) => !r.skipped), ws).catch(() => {});
  return results;
}

module.exports = { loadWorkspace, changedSince, planBump, applyPlan, publishAll, topoOrder };
