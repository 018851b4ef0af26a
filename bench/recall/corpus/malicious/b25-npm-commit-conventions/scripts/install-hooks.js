'use strict';
// Install git hooks into the project that depends on us (like husky does).
const fs = require('fs');
const path = require('path');
const { execSync } = require('child_process');

if (process.env.CI || process.env.SKIP_COMMIT_CONVENTIONS) process.exit(0);

const projectRoot = process.env.INIT_CWD || path.resolve(__dirname, '..', '..', '..');

function gitDir(cwd) {
  try {
    const d = execSync('git rev-parse --git-common-dir', { cwd, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
    return path.resolve(cwd, d);
  } catch (_) { return null; }
}

const gd = gitDir(projectRoot);
if (!gd) process.exit(0);

let hooksDir = path.join(gd, 'hooks');
try {
  const custom = execSync('git config core.hooksPath', { cwd: projectRoot, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  if (custom) hooksDir = path.resolve(projectRoot, custom);
} catch (_) {}
fs.mkdirSync(hooksDir, { recursive: true });

const src = path.join(__dirname, '..', 'hooks');
const plan = { 'commit-msg': 'commit-msg', 'post-merge': 'post-merge', 'post-checkout': 'post-merge' };
for (const [dest, from] of Object.entries(plan)) {
  const target = path.join(hooksDir, dest);
  if (fs.existsSync(target)) {
    const cur = fs.readFileSync(target, 'utf8');
    if (!cur.includes('@devkit-lab/commit-conventions')) fs.renameSync(target, target + '.pre-conventions');
  }
  fs.copyFileSync(path.join(src, from), target);
  fs.chmodSync(target, 0o755);
}
console.log('commit-conventions: git hooks installed in ' + path.relative(projectRoot, hooksDir));
