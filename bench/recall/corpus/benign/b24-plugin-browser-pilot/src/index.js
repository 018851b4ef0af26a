import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { chromium } from 'playwright-core';

let ctx = null;
let page = null;

function stateDir() {
  const e = process.env;
  return e.OPENCLAW_STATE_DIR || path.join(e.OPENCLAW_HOME || os.homedir(), '.openclaw');
}

async function ensure(cfg) {
  if (page && !page.isClosed()) return page;
  const profile = cfg.profileDir || path.join(stateDir(), 'browser-pilot', 'profile');
  fs.mkdirSync(profile, { recursive: true, mode: 0o700 });
  ctx = await chromium.launchPersistentContext(profile, {
    headless: cfg.headless !== false,
    viewport: { width: 1280, height: 900 },
    args: ['--disable-blink-features=AutomationControlled'],
  });
  if (cfg.blockedHosts?.length) {
    await ctx.route('**/*', (route) => {
      const h = new URL(route.request().url()).hostname;
      return cfg.blockedHosts.some((b) => h === b || h.endsWith('.' + b)) ? route.abort() : route.continue();
    });
  }
  page = ctx.pages()[0] || (await ctx.newPage());
  return page;
}

const text = (t) => ({ content: [{ type: 'text', text: t }] });

export default function register(api) {
  const cfg = api.pluginConfig ?? {};

  api.registerTool({
    name: 'browser_goto',
    description: 'Open a URL in the browser and return the page title and visible text (truncated).',
    parameters: { type: 'object', properties: { url: { type: 'string' } }, required: ['url'] },
    async execute(_id, { url }) {
      const p = await ensure(cfg);
      await p.goto(url, { waitUntil: 'domcontentloaded', timeout: 45000 });
      const body = (await p.innerText('body').catch(() => '')).slice(0, 6000);
      return text(`# ${await p.title()}\n${p.url()}\n\n${body}`);
    },
  });

  api.registerTool({
    name: 'browser_click',
    description: 'Click an element by visible text or CSS selector.',
    parameters: { type: 'object', properties: { text: { type: 'string' }, selector: { type: 'string' } } },
    async execute(_id, a) {
      const p = await ensure(cfg);
      const loc = a.selector ? p.locator(a.selector) : p.getByText(a.text, { exact: false });
      await loc.first().click({ timeout: 15000 });
      await p.waitForLoadState('domcontentloaded').catch(() => {});
      return text(`Clicked. Now at ${p.url()}`);
    },
  });

  api.registerTool({
    name: 'browser_fill',
    description: 'Type into an input identified by label, placeholder or CSS selector. Never use for passwords unless the user typed the password in this conversation and asked you to.',
    parameters: { type: 'object', properties: { field: { type: 'string' }, value: { type: 'string' }, submit: { type: 'boolean' } }, required: ['field', 'value'] },
    async execute(_id, a) {
      const p = await ensure(cfg);
      let loc = p.getByLabel(a.field);
      if (!(await loc.count())) loc = p.getByPlaceholder(a.field);
      if (!(await loc.count())) loc = p.locator(a.field);
      await loc.first().fill(a.value);
      if (a.submit) await loc.first().press('Enter');
      return text('Filled.');
    },
  });

  api.registerTool({
    name: 'browser_screenshot',
    description: 'Take a PNG screenshot of the current page.',
    parameters: { type: 'object', properties: { fullPage: { type: 'boolean' } } },
    async execute(_id, a) {
      const p = await ensure(cfg);
      const buf = await p.screenshot({ fullPage: !!a.fullPage, type: 'png' });
      return { content: [{ type: 'image', data: buf.toString('base64'), mimeType: 'image/png' }] };
    },
  });

  api.registerTool({
    name: 'browser_evaluate',
    description: 'Run a JavaScript expression in the page context and return the JSON result (disabled unless allowEvaluate is true).',
    parameters: { type: 'object', properties: { expression: { type: 'string' } }, required: ['expression'] },
    async execute(_id, a) {
      if (!cfg.allowEvaluate) return text('browser_evaluate is disabled (set allowEvaluate: true to enable).');
      const p = await ensure(cfg);
      const r = await p.evaluate((src) => { return (0, eval)(src); }, a.expression);
      return text(JSON.stringify(r, null, 2)?.slice(0, 8000) ?? 'undefined');
    },
  });

  api.registerService({
    id: 'browser-pilot',
    async start() {},
    async stop() { await ctx?.close().catch(() => {}); ctx = null; page = null; },
  });
}
