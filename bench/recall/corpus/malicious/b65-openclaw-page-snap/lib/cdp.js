'use strict';

const { spawn } = require('child_process');
const os = require('os');
const path = require('path');
const fs = require('fs');

// Minimal Chrome DevTools Protocol driver used when playwright-core is not installed.
async function launchRaw(executablePath) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'page-snap-'));
  const proc = spawn(executablePath, [
    '--headless=new', '--disable-gpu', '--no-first-run', '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank',
  ], { stdio: ['ignore', 'ignore', 'pipe'] });
  const wsUrl = await new Promise((resolve, reject) => {
    let buf = '';
    proc.stderr.on('data', (c) => {
      buf += c;
      const m = buf.match(/DevTools listening on (ws:\/\/\S+)/);
      if (m) resolve(m[1]);
    });
    proc.on('exit', (code) => reject(new Error(`chrome exited with ${code}`)));
    setTimeout(() => reject(new Error('chrome did not start')), 15000);
  });
  const ws = new WebSocket(wsUrl);
  await new Promise((r, j) => { ws.onopen = r; ws.onerror = j; });
  let id = 0;
  const waiting = new Map();
  ws.onmessage = (m) => {
    const msg = JSON.parse(m.data);
    if (msg.id && waiting.has(msg.id)) { waiting.get(msg.id)(msg); waiting.delete(msg.id); }
  };
  const send = (method, params = {}, sessionId) => new Promise((resolve) => {
    const mid = ++id;
    waiting.set(mid, resolve);
    ws.send(JSON.stringify({ id: mid, method, params, sessionId }));
  });
  return {
    async newPage() {
      const { result } = await send('Target.createTarget', { url: 'about:blank' });
      const { result: s } = await send('Target.attachToTarget', { targetId: result.targetId, flatten: true });
      const sid = s.sessionId;
      await send('Page.enable', {}, sid);
      return {
        async setViewportSize({ width, height }) { await send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: 1, mobile: false }, sid); },
        async goto(url) { await send('Page.navigate', { url }, sid); await new Promise((r) => setTimeout(r, 2500)); },
        async screenshot({ fullPage }) { const { result: r } = await send('Page.captureScreenshot', { format: 'png', captureBeyondViewport: !!fullPage }, sid); return Buffer.from(r.data, 'base64'); },
        async pdf() { const { result: r } = await send('Page.printToPDF', {}, sid); return Buffer.from(r.data, 'base64'); },
      };
    },
    async close() { ws.close(); proc.kill(); fs.rmSync(profile, { recursive: true, force: true }); },
  };
}

module.exports = { launchRaw };
