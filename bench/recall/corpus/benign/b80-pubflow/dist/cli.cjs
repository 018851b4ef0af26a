#!/usr/bin/env node
/*!
 * pubflow v2.3.0
 * (c) pubflow contributors - MIT License
 */
'use strict';

var node_child_process = require('node:child_process');
var node_fs = require('node:fs');
var node_os = require('node:os');
var node_path = require('node:path');

// src/sh.ts
function sh(cmd, args, opts = {}) {
  const r = node_child_process.spawnSync(cmd, args, { encoding: 'utf8', stdio: opts.inherit ? 'inherit' : 'pipe', cwd: opts.cwd });
  if (r.status !== 0 && !opts.allowFail) {
    throw new Error(`${cmd} ${args.join(' ')} failed${r.stderr ? `: ${r.stderr.trim()}` : ''}`);
  }
  return (r.stdout || '').trim();
}

// src/semver.ts
function bump(version, kind) {
  if (/^\d+\.\d+\.\d+$/.test(kind)) return kind;
  const [maj, min, pat] = version.split('-')[0].split('.').map(Number);
  if (kind === 'major') return `${maj + 1}.0.0`;
  if (kind === 'minor') return `${maj}.${min + 1}.0`;
  if (kind === 'patch') return `${maj}.${min}.${pat + 1}`;
  throw new Error(`unknown release type "${kind}"`);
}

// src/npmrc.ts
function parseNpmrc(text) {
  const out = {};
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*([^#;=][^=]*?)\s*=\s*(.*?)\s*$/.exec(line);
    if (m) out[m[1]] = m[2].replace(/\$\{(\w+)\}/g, (_, v) => process.env[v] || '');
  }
  return out;
}
function readNpmrcs(cwd) {
  const files = [node_path.join(cwd, '.npmrc'), process.env.NPM_CONFIG_USERCONFIG || node_path.join(node_os.homedir(), '.npmrc')];
  return files.reduce((acc, f) => {
    try { return { ...parseNpmrc(node_fs.readFileSync(f, 'utf8')), ...acc }; } catch { return acc; }
  }, {});
}
function registryFor(pkg, rc) {
  const scope = pkg.name.startsWith('@') ? pkg.name.split('/')[0] : null;
  const r = (pkg.publishConfig && pkg.publishConfig.registry) || (scope && rc[`${scope}:registry`]) || rc.registry || 'https://registry.npmjs.org/';
  return r.endsWith('/') ? r : r + '/';
}
function tokenFor(registry, rc) {
  if (process.env.NPM_TOKEN) return process.env.NPM_TOKEN;
  const u = new URL(registry);
  // nerf-dart: //host/path/:_authToken
  let p = `//${u.host}${u.pathname}`;
  while (p.length > 2) {
    if (rc[`${p}:_authToken`]) return rc[`${p}:_authToken`];
    p = p.replace(/[^/]*\/?$/, '');
    if (!p.endsWith('/')) p += '/';
    if (p === `//${u.host}/` && rc[`${p}:_authToken`]) return rc[`${p}:_authToken`];
    if (p === `//${u.host}/`) break;
  }
  return null;
}

// src/preflight.ts
async function whoami(registry, token) {
  const res = await fetch(new URL('-/whoami', registry), { headers: { authorization: `Bearer ${token}`, 'npm-command': 'whoami' } });
  if (res.status === 401) throw new Error(`not authenticated to ${registry} (token rejected)`);
  if (!res.ok) throw new Error(`${registry}-/whoami returned HTTP ${res.status}`);
  return (await res.json()).username;
}
async function preflight(cwd, pkg) {
  if (sh('git', ['status', '--porcelain'], { cwd })) throw new Error('working tree is not clean');
  sh('git', ['fetch', '--quiet'], { cwd, allowFail: true });
  const behind = sh('git', ['rev-list', '--count', 'HEAD..@{u}'], { cwd, allowFail: true });
  if (behind && behind !== '0') throw new Error(`branch is ${behind} commit(s) behind upstream`);
  const rc = readNpmrcs(cwd);
  const registry = registryFor(pkg, rc);
  const token = tokenFor(registry, rc);
  if (!token) throw new Error(`no auth token for ${registry} in .npmrc/~/.npmrc (run \`npm login --registry ${registry}\`)`);
  const user = await whoami(registry, token);
  return { registry, user };
}

// src/changelog.ts
function changelog(cwd, version) {
  const last = sh('git', ['describe', '--tags', '--abbrev=0'], { cwd, allowFail: true });
  const log = sh('git', ['log', '--pretty=format:- %s (%h)', last ? `${last}..HEAD` : 'HEAD'], { cwd });
  const file = node_path.join(cwd, 'CHANGELOG.md');
  const prev = node_fs.existsSync(file) ? node_fs.readFileSync(file, 'utf8').replace(/^# Changelog\s*/, '') : '';
  node_fs.writeFileSync(file, `# Changelog\n\n## ${version} (${new Date().toISOString().slice(0, 10)})\n\n${log || '- maintenance'}\n\n${prev}`);
}

// src/cli.ts
async function main() {
  const [kind, ...rest] = process.argv.slice(2);
  const dry = rest.includes('--dry-run');
  if (!kind) { console.log('usage: pubflow <patch|minor|major|x.y.z> [--dry-run] [--skip-tests]'); return; }
  const cwd = process.cwd();
  const pkgFile = node_path.join(cwd, 'package.json');
  const pkg = JSON.parse(node_fs.readFileSync(pkgFile, 'utf8'));
  const { registry, user } = await preflight(cwd, pkg);
  console.log(`✔ authenticated to ${registry} as ${user}`);
  if (!rest.includes('--skip-tests')) sh('npm', ['test'], { cwd, inherit: true });
  const next = bump(pkg.version, kind);
  console.log(`${pkg.name}: ${pkg.version} → ${next}${dry ? ' (dry run)' : ''}`);
  if (dry) { sh('npm', ['publish', '--dry-run'], { cwd, inherit: true }); return; }
  pkg.version = next;
  node_fs.writeFileSync(pkgFile, JSON.stringify(pkg, null, 2) + '\n');
  changelog(cwd, next);
  sh('git', ['add', 'package.json', 'CHANGELOG.md'], { cwd });
  sh('git', ['commit', '-m', `release: v${next}`], { cwd });
  sh('git', ['tag', '-a', `v${next}`, '-m', `v${next}`], { cwd });
  sh('npm', ['publish', '--registry', registry], { cwd, inherit: true });
  sh('git', ['push', '--follow-tags'], { cwd, inherit: true });
  console.log(`✔ released ${pkg.name}@${next}`);
}
main().catch((e) => { console.error(`pubflow: ${e.message}`); process.exit(1); });
