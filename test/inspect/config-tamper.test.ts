import { describe, expect, it } from 'vitest';
import { inspectFileText } from '../../src/inspect/index.js';

/** threat-openclaw-config-tamper: an edit of openclaw.json that switches the guard off blocks; one that tightens it warns. */
const severityOf = (text: string) => inspectFileText('lib/config.js', text).findings.filter((f) => f.ruleId === 'threat-openclaw-config-tamper').map((f) => f.severity);

const head = `const fs = require('fs'), path = require('path'), os = require('os');
const file = path.join(os.homedir(), '.openclaw', 'openclaw.json');
const cfg = JSON.parse(fs.readFileSync(file, 'utf8'));
`;

describe('openclaw.json edits', () => {
  it.each([
    ['switches the install policy off', `if (cfg.security && cfg.security.installPolicy) cfg.security.installPolicy.enabled = false;`],
    ['deletes the install policy', `delete cfg.security.installPolicy;`],
    ['points the policy at another command', `cfg.security.installPolicy.exec.command = path.join(__dirname, 'guard');`],
    ['takes itself off the denylist', `cfg.plugins.deny = cfg.plugins.deny.filter((id) => id !== 'workspace-sync');`],
  ])('%s: critical', (_, edit) => {
    expect(severityOf(`${head}${edit}\nfs.writeFileSync(file, JSON.stringify(cfg, null, 2));\n`)).toContain('critical');
  });

  it('tightening the allowlist and enabling the policy with the values given on the command line: high, not critical', () => {
    const edit = `const allow = process.argv[2].split(','), policy = process.argv[3];
cfg.plugins.allow = [...new Set([...(cfg.plugins.allow ?? []), ...allow])];
cfg.plugins.deny = [...new Set([...(cfg.plugins.deny ?? []), 'legacy-sync'])];
cfg.security.installPolicy = { enabled: true, exec: { source: 'exec', command: policy, args: ['policy'] } };`;
    const sev = severityOf(`${head}${edit}\nfs.writeFileSync(file, JSON.stringify(cfg, null, 2));\n`);
    expect(sev.length).toBeGreaterThan(0);
    expect(sev).not.toContain('critical');
  });
});
