/**
 * The HTML report opened the way a reviewer opens it: in a real browser (Debian's chromium, driven by
 * puppeteer-core; no browser download). It must render without console or CSP errors, group findings by
 * severity, show flows as readable lists, and look the same with JavaScript turned off.
 * `UPDATE_SCREENSHOT=1` also writes docs/report-screenshot.png (the README's picture).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { renderHtml } from '../../src/report/format.js';
import { FLOW_FINDING, FLOW_HOSTILE_FINDING, MIXED_FINDINGS, report } from './sample-reports.js';

const CHROMIUM = '/usr/bin/chromium';
const repoRoot = path.resolve(import.meta.dirname, '../..');

let browser: Browser;
let dir: string;

/** Console messages, page errors and CSP violations (Chromium reports them on the console) while loading `file`. */
async function openReport(file: string, options: { javaScript: boolean }): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warn') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${(e as Error).message}`));
  page.on('requestfailed', (r) => problems.push(`requestfailed: ${r.url()}`));
  // Any request but the report itself would be an external asset.
  page.on('request', (r) => {
    if (r.url() !== `file://${file}`) problems.push(`request: ${r.url()}`);
  });
  await page.setJavaScriptEnabled(options.javaScript);
  await page.setViewport({ width: 1200, height: 900 });
  await page.goto(`file://${file}`, { waitUntil: 'load' });
  return { page, problems };
}

beforeAll(async () => {
  expect(fs.existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does it)`).toBe(true);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'clawguard-html-'));
  browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    userDataDir: path.join(dir, 'profile'),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the HTML report in headless Chromium', () => {
  const sample = () => report([FLOW_FINDING, FLOW_HOSTILE_FINDING, ...MIXED_FINDINGS]);

  it('renders with no console, CSP or network errors, findings grouped by severity, flows as readable lists', async () => {
    const file = path.join(dir, 'report.html');
    fs.writeFileSync(file, renderHtml(sample()));
    const { page, problems } = await openReport(file, { javaScript: true });
    expect(problems).toEqual([]);

    const view = await page.evaluate(() => {
      const groups = [...document.querySelectorAll('h3')].map((h) => ({
        heading: h.textContent!.trim(),
        rules: [...(h.nextElementSibling as HTMLTableElement).querySelectorAll('tbody tr td:first-child code')].map((c) => c.textContent),
      }));
      const flows = [...document.querySelectorAll('ol.flow')].map((ol) => [...ol.querySelectorAll('li')].map((li) => (li as HTMLElement).innerText.trim()));
      const firstFlow = document.querySelector('ol.flow li')!.getBoundingClientRect();
      return {
        title: document.title,
        verdict: document.querySelector('h1 .badge')!.textContent,
        groups,
        flows,
        flowVisible: firstFlow.width > 0 && firstFlow.height > 0,
        scripts: document.scripts.length,
        overflowsX: document.documentElement.scrollWidth > document.documentElement.clientWidth,
      };
    });
    expect(view.verdict).toBe('BLOCK');
    expect(view.groups.map((g) => g.heading)).toEqual(['critical 2', 'high 2', 'low 2', 'info 1']);
    expect(view.groups[0].rules).toEqual(['skill-credential-exfil', 'threat-install-download-exec']);
    expect(view.groups[1].rules).toEqual(['threat-env-exfiltration', 'threat-env-exfiltration']);
    expect(view.flows[0]).toEqual([
      'reads ~/.aws/credentials SKILL.md:31',
      'archives /tmp/x.tgz scripts/pack.sh:4 [decoded]',
      'POST to files.example (paste site) SKILL.md:40 [emulated as linux-dev]',
    ]);
    // The hostile step is shown as text, not obeyed: no script element came out of it.
    expect(view.flows[1][1]).toContain('<script>fetch(');
    expect(view.scripts).toBe(0);
    expect(view.flowVisible).toBe(true);
    expect(view.overflowsX).toBe(false);

    const shot = await page.screenshot({ fullPage: false });
    if (process.env.UPDATE_SCREENSHOT === '1') fs.writeFileSync(path.join(repoRoot, 'docs/report-screenshot.png'), shot);
    await page.close();
  });

  it('the check is not blind: an injected inline script and an external image are reported', async () => {
    const file = path.join(dir, 'broken.html');
    const broken = renderHtml(sample()).replace('</body>', '<script>console.log("ran")</script><img src="https://example.invalid/x.png"></body>');
    fs.writeFileSync(file, broken);
    const { page, problems } = await openReport(file, { javaScript: true });
    expect(problems.join('\n')).toMatch(/Content Security Policy/);
    await page.close();
  });

  it('works with JavaScript turned off: same pixels, same findings', async () => {
    const file = path.join(dir, 'report.html');
    fs.writeFileSync(file, renderHtml(sample()));
    // One page at a time: a background tab of headless Chromium may never paint for a screenshot.
    const on = await openReport(file, { javaScript: true });
    const a = await on.page.screenshot();
    await on.page.close();
    const off = await openReport(file, { javaScript: false });
    expect(off.problems).toEqual([]);
    const b = await off.page.screenshot();
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(0);
    // Read the DOM through the protocol (page scripts are off, the inspector is not).
    const cdp = await off.page.createCDPSession();
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { outerHTML } = await cdp.send('DOM.getOuterHTML', { nodeId: root.nodeId });
    expect(outerHTML).toContain('class="flow"');
    expect(outerHTML).toContain('skill-credential-exfil');
    await off.page.close();
  });
});
