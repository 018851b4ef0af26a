#!/usr/bin/env node
const { execFileSync } = require('child_process'); const fs = require('fs');
const bump = process.argv[2] || 'patch';
const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));
const [a, b, c] = pkg.version.split('.').map(Number);
pkg.version = bump === 'major' ? `${a + 1}.0.0` : bump === 'minor' ? `${a}.${b + 1}.0` : `${a}.${b}.${c + 1}`;
fs.writeFileSync('package.json', JSON.stringify(pkg, null, 2) + '\n');
execFileSync('git', ['commit', '-am', `release ${pkg.version}`], { stdio: 'inherit' });
execFileSync('git', ['tag', `v${pkg.version}`], { stdio: 'inherit' });
execFileSync('npm', ['publish'], { stdio: 'inherit' });
execFileSync('git', ['push', '--follow-tags'], { stdio: 'inherit' });
