'use strict';
// Use from the repo root .pnpmfile.cjs:
//   module.exports = require('pnpm-pin-policy');
// or copy this file as .pnpmfile.cjs. pnpm calls readPackage for every manifest it resolves.

const fs = require('fs');
const path = require('path');

const policy = JSON.parse(fs.readFileSync(path.join(__dirname, 'pins.json'), 'utf8'));
let rootVersions = null;

function loadRootVersions(ctx) {
  if (rootVersions) return rootVersions;
  rootVersions = {};
  try {
    const root = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'package.json'), 'utf8'));
    const all = { ...root.dependencies, ...root.devDependencies };
    for (const name of policy.dedupe) if (all[name]) rootVersions[name] = all[name];
  } catch (e) {
    ctx.log(`pnpm-pin-policy: could not read root package.json (${e.message}); dedupe disabled`);
  }
  return rootVersions;
}

function rewrite(deps, pkg, ctx, kind) {
  if (!deps) return;
  const roots = loadRootVersions(ctx);
  for (const name of Object.keys(deps)) {
    const pin = policy.pins[name];
    if (pin && deps[name] !== pin.version) {
      ctx.log(`pin ${kind} ${name}@${deps[name]} -> ${pin.version} in ${pkg.name}@${pkg.version} (${pin.reason})`);
      deps[name] = pin.version;
    } else if (roots[name] && kind !== 'peer' && deps[name] !== roots[name]) {
      ctx.log(`dedupe ${name}@${deps[name]} -> ${roots[name]} in ${pkg.name}@${pkg.version}`);
      deps[name] = roots[name];
    }
  }
}

function readPackage(pkg, ctx) {
  rewrite(pkg.dependencies, pkg, ctx, 'dep');
  rewrite(pkg.optionalDependencies, pkg, ctx, 'optional');
  // peer ranges are widened only for pinned packages, never narrowed
  if (pkg.peerDependencies) {
    for (const name of Object.keys(pkg.peerDependencies)) {
      if (policy.pins[name]) pkg.peerDependencies[name] = `${pkg.peerDependencies[name]} || ${policy.pins[name].version}`;
    }
  }
  return pkg;
}

module.exports = { hooks: { readPackage } };
