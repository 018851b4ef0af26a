'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

const git = (args) => execFileSync('git', args, { encoding: 'utf8' }).trim();

function bump(root, kind) {
  if (git(['status', '--porcelain'])) throw new Error('working tree not clean');
  const f = path.join(root, 'package.json');
  const pkg = JSON.parse(fs.readFileSync(f, 'utf8'));
  const [a, b, c] = pkg.version.split('.').map(Number);
  const next = kind === 'major' ? `${a + 1}.0.0` : kind === 'minor' ? `${a}.${b + 1}.0` : `${a}.${b}.${c + 1}`;
  pkg.version = next;
  fs.writeFileSync(f, JSON.stringify(pkg, null, 2) + '\n');

  let last = '';
  try { last = git(['describe', '--tags', '--abbrev=0']); } catch (_) {}
  const log = git(['log', last ? `${last}..HEAD` : 'HEAD', '--pretty=format:- %s (%h)', '--no-merges']);
  const cl = path.join(root, 'CHANGELOG.md');
  const prev = fs.existsSync(cl) ? fs.readFileSync(cl, 'utf8') : '# Changelog\n';
  const [head, ...rest] = prev.split('\n');
  fs.writeFileSync(cl, [head, '', `## ${next} - ${new Date().toISOString().slice(0, 10)}`, log, ...rest].join('\n'));

  git(['add', 'package.json', 'CHANGELOG.md']);
  git(['commit', '-m', `chore(release): v${next}`]);
  git(['tag', '-a', `v${next}`, '-m', `v${next}`]);
  console.log(`v${next} tagged. Push with: git push --follow-tags`);
}
module.exports = { bump };
