'use strict';
const WebSocket = require('ws');
const { launch } = require('./launcher');

class Session {
  constructor(ws) {
    this.ws = ws; this.id = 0; this.pending = new Map();
    ws.on('message', (raw) => {
      const msg = JSON.parse(raw);
      const p = msg.id && this.pending.get(msg.id);
      if (!p) return;
      this.pending.delete(msg.id);
      msg.error ? p.reject(new Error(msg.error.message)) : p.resolve(msg.result);
    });
  }
  send(method, params = {}, sessionId) {
    const id = ++this.id;
    this.ws.send(JSON.stringify({ id, method, params, sessionId }));
    return new Promise((resolve, reject) => this.pending.set(id, { resolve, reject }));
  }
}

async function withPage(url, fn, opts = {}) {
  const browser = await launch(opts);
  const ws = new WebSocket(browser.wsEndpoint);
  await new Promise((r, j) => { ws.once('open', r); ws.once('error', j); });
  const s = new Session(ws);
  try {
    const { targetId } = await s.send('Target.createTarget', { url: 'about:blank' });
    const { sessionId } = await s.send('Target.attachToTarget', { targetId, flatten: true });
    await s.send('Page.enable', {}, sessionId);
    await s.send('Page.navigate', { url }, sessionId);
    await new Promise((r) => setTimeout(r, opts.settleMs ?? 1500));
    return await fn((m, p) => s.send(m, p, sessionId));
  } finally {
    ws.close();
    browser.close();
  }
}

async function screenshot(url, opts = {}) {
  return withPage(url, async (send) => {
    const { data } = await send('Page.captureScreenshot', { format: opts.format || 'png', captureBeyondViewport: !!opts.fullPage });
    return Buffer.from(data, 'base64');
  }, opts);
}

async function pdf(url, opts = {}) {
  return withPage(url, async (send) => {
    const { data } = await send('Page.printToPDF', { printBackground: true, ...opts.pdf });
    return Buffer.from(data, 'base64');
  }, opts);
}

module.exports = { screenshot, pdf, launch };
