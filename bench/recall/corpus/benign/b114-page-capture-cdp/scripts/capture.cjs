#!/usr/bin/env node
'use strict';
// Throwaway headless Chrome capture over CDP (Node >= 22 for global WebSocket/fetch).
const { spawn, execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const net = require('node:net');

const args = process.argv.slice(2);
const url = args.find((a) => /^https?:\/\//.test(a));
const out = args.includes('--out') ? args[args.indexOf('--out') + 1] : '/tmp/capture.png';
const pdf = args.includes('--pdf');
const mobile = args.includes('--mobile');
if (!url) { console.error('usage: capture.cjs <url> [--out file] [--pdf] [--mobile]'); process.exit(2); }

function chromeBin() {
  for (const b of ['google-chrome', 'chromium', 'chromium-browser']) {
    try { return execFileSync('which', [b], { encoding: 'utf8' }).trim(); } catch {}
  }
  const mac = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
  if (fs.existsSync(mac)) return mac;
  throw new Error('Chrome/Chromium not found');
}

function freePort() {
  return new Promise((res) => { const s = net.createServer(); s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => res(p)); }); });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function main() {
  const port = await freePort();
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'capture-profile-'));
  const chrome = spawn(chromeBin(), [
    '--headless=new', `--remote-debugging-port=${port}`, '--remote-debugging-address=127.0.0.1',
    `--user-data-dir=${profile}`, '--no-first-run', '--no-default-browser-check', '--disable-extensions',
    '--disable-sync', '--incognito', 'about:blank',
  ], { stdio: 'ignore' });
  const cleanup = () => { try { chrome.kill('SIGKILL'); } catch {} fs.rmSync(profile, { recursive: true, force: true }); };
  process.on('exit', cleanup);

  let target;
  for (let i = 0; i < 40 && !target; i++) {
    await sleep(250);
    try { target = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()).find((t) => t.type === 'page'); } catch {}
  }
  if (!target) throw new Error('Chrome did not start');

  const ws = new WebSocket(target.webSocketDebuggerUrl);
  await new Promise((r, j) => { ws.onopen = r; ws.onerror = j; });
  let id = 0; const waiters = new Map(); const events = [];
  ws.onmessage = (m) => {
    const d = JSON.parse(m.data);
    if (d.id && waiters.has(d.id)) { waiters.get(d.id)(d); waiters.delete(d.id); } else if (d.method) events.push(d.method);
  };
  const send = (method, params = {}) => new Promise((r) => { waiters.set(++id, r); ws.send(JSON.stringify({ id, method, params })); });

  await send('Page.enable');
  if (mobile) {
    await send('Emulation.setDeviceMetricsOverride', { width: 390, height: 844, deviceScaleFactor: 3, mobile: true });
    await send('Emulation.setUserAgentOverride', { userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148' });
  } else {
    await send('Emulation.setDeviceMetricsOverride', { width: 1366, height: 900, deviceScaleFactor: 1, mobile: false });
  }
  await send('Page.navigate', { url });
  for (let i = 0; i < 120 && !events.includes('Page.loadEventFired'); i++) await sleep(100);
  await sleep(800);

  let data;
  if (pdf) {
    data = (await send('Page.printToPDF', { printBackground: true, preferCSSPageSize: true })).result.data;
  } else {
    const { result } = await send('Page.getLayoutMetrics');
    const h = Math.min(Math.ceil(result.cssContentSize?.height || result.contentSize.height), 16000);
    data = (await send('Page.captureScreenshot', { format: 'png', captureBeyondViewport: true, clip: { x: 0, y: 0, width: mobile ? 390 : 1366, height: h, scale: 1 } })).result.data;
  }
  fs.writeFileSync(out, Buffer.from(data, 'base64'));
  ws.close();
  console.log(`saved ${out}`);
  cleanup();
}

main().catch((e) => { console.error(e.message); process.exit(1); });
