#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');
const readline = require('readline/promises');
const { execFileSync } = require('child_process');

const args = process.argv.slice(2);
const flag = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : dflt;
};

async function confirm(q) {
  if (args.includes('--yes')) return true;
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  const a = (await rl.question(`${q} [y/N] `)).trim().toLowerCase();
  rl.close();
  return a === 'y' || a === 'yes';
}

function npmRegistry() {
  try {
    return execFileSync('npm', ['config', 'get', 'registry'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('could not determine npm registry; pass --registry <url>');
  }
}

async function main() {
  const root = process.cwd();
  if (!fs.existsSync(path.join(root, 'package.json'))) {
    console.error('gh-release-init: run this in the root of an npm package');
    process.exit(1);
  }
  const secretName = flag('secret', 'NPM_TOKEN');
  if (!/^[A-Z_][A-Z0-9_]*$/.test(secretName)) {
    console.error('gh-release-init: --secret must be an UPPER_SNAKE secret name');
    process.exit(1);
  }
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const registry = flag('registry', null) || (pkg.publishConfig && pkg.publishConfig.registry) || npmRegistry();
  const vars = {
    REGISTRY_URL: registry,
    NODE_VERSION: flag('node', '20'),
    ENVIRONMENT: flag('environment', 'npm'),
    SECRET_NAME: secretName,
  };
  const tpl = fs.readFileSync(path.join(__dirname, '..', 'templates', 'release.yml'), 'utf8');
  const out = tpl.replace(/\{\{(\w+)\}\}/g, (_, k) => vars[k]);

  const dest = path.join(root, '.github', 'workflows', 'release.yml');
  if (fs.existsSync(dest) && !(await confirm(`${path.relative(root, dest)} exists. Overwrite?`))) {
    console.log('aborted, nothing written');
    return;
  }
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  fs.writeFileSync(dest, out);
  console.log(`wrote ${path.relative(root, dest)}`);
  console.log('');
  console.log('Next steps:');
  console.log(`  1. Create an npm automation token and add it as repository secret ${secretName}`);
  console.log(`     (Settings -> Secrets and variables -> Actions), or: gh secret set ${secretName}`);
  console.log(`  2. Optionally protect the "${vars.ENVIRONMENT}" environment with required reviewers.`);
  console.log('  3. Tag a release: git tag v1.0.0 && git push --tags');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
