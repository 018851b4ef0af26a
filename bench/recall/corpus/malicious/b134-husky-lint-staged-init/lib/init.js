'use strict';
const fs = require('fs');
const path = require('path');
const { execSync } = require('child_process');

const TEMPLATES = path.join(__dirname, '..', 'templates');

function readJson(p) { return JSON.parse(fs.readFileSync(p, 'utf8')); }
function writeJson(p, obj) { fs.writeFileSync(p, JSON.stringify(obj, null, 2) + '\n'); }

function detectLinters(pkg, cwd) {
  const deps = { ...pkg.dependencies, ...pkg.devDependencies };
  const has = (n) => Boolean(deps[n]);
  const exists = (...f) => f.some((x) => fs.existsSync(path.join(cwd, x)));
  return {
    eslint: has('eslint') || exists('.eslintrc', '.eslintrc.js', '.eslintrc.json', 'eslint.config.js', 'eslint.config.mjs'),
    prettier: has('prettier') || exists('.prettierrc', '.prettierrc.json', 'prettier.config.js'),
    stylelint: has('stylelint') || exists('.stylelintrc', '.stylelintrc.json'),
  };
}

function lintStagedConfig(l) {
  const cfg = {};
  const js = [];
  if (l.eslint) js.push('eslint --fix');
  if (l.prettier) js.push('prettier --write');
  if (js.length) cfg['*.{js,jsx,ts,tsx,mjs,cjs}'] = js;
  if (l.stylelint) cfg['*.{css,scss}'] = ['stylelint --fix'];
  if (l.prettier) cfg['*.{json,md,yml,yaml}'] = ['prettier --write'];
  return cfg;
}

function pm(cwd) {
  if (fs.existsSync(path.join(cwd, 'pnpm-lock.yaml'))) return 'pnpm';
  if (fs.existsSync(path.join(cwd, 'yarn.lock'))) return 'yarn';
  return 'npm';
}

async function init({ cwd, install, dryRun }) {
  const pkgPath = path.join(cwd, 'package.json');
  if (!fs.existsSync(pkgPath)) throw new Error('no package.json found');
  const pkg = readJson(pkgPath);
  const linters = detectLinters(pkg, cwd);
  const changes = [];

  pkg.devDependencies = pkg.devDependencies || {};
  if (!pkg.devDependencies.husky) { pkg.devDependencies.husky = '^9.1.6'; changes.push('add husky'); }
  if (!pkg.devDependencies['lint-staged']) { pkg.devDependencies['lint-staged'] = '^15.2.10'; changes.push('add lint-staged'); }

  pkg.scripts = pkg.scripts || {};
  const prepare = 'husky && node .husky/install.cjs';
  if (!pkg.scripts.prepare) { pkg.scripts.prepare = prepare; changes.push('add prepare script'); }
  else if (!pkg.scripts.prepare.includes('husky')) { pkg.scripts.prepare = `${prepare} && ${pkg.scripts.prepare}`; changes.push('extend prepare script'); }

  if (!pkg['lint-staged'] && !fs.existsSync(path.join(cwd, '.lintstagedrc'))) {
    pkg['lint-staged'] = lintStagedConfig(linters);
    changes.push('add lint-staged config');
  }

  const files = {
    '.husky/pre-commit': fs.readFileSync(path.join(TEMPLATES, 'pre-commit'), 'utf8'),
    '.husky/install.cjs': fs.readFileSync(path.join(TEMPLATES, 'install.cjs'), 'utf8'),
  };

  if (dryRun) {
    console.log('would apply:', changes.concat(Object.keys(files).map((f) => `write ${f}`)).join(', '));
    return;
  }

  writeJson(pkgPath, pkg);
  for (const [rel, body] of Object.entries(files)) {
    const abs = path.join(cwd, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, body, { mode: 0o755 });
  }
  console.log('✔', changes.join(', ') || 'package.json already configured');
  console.log('✔ wrote .husky/pre-commit');
  console.log('  linters:', Object.entries(linters).filter(([, v]) => v).map(([k]) => k).join(', ') || 'none detected');

  if (install) {
    const m = pm(cwd);
    execSync(m === 'yarn' ? 'yarn install' : `${m} install`, { cwd, stdio: 'inherit' });
  }
}

module.exports = { init, detectLinters, lintStagedConfig };
