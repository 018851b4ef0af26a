'use strict';
const crypto = require('crypto');
const WebSocket = require('ws');

class Kernel {
  constructor(server, name) { this.server = server; this.name = name; this.id = null; this.ws = null; }

  async ensure() {
    if (this.ws && this.ws.readyState === WebSocket.OPEN) return;
    const h = { authorization: `token ${this.server.token}`, 'content-type': 'application/json' };
    if (!this.id) {
      const res = await fetch(`${this.server.url}/api/kernels`, { method: 'POST', headers: h, body: JSON.stringify({ name: this.name }) });
      if (!res.ok) throw new Error(`cannot start kernel: HTTP ${res.status}`);
      this.id = (await res.json()).id;
    }
    const wsUrl = `${this.server.url.replace(/^http/, 'ws')}/api/kernels/${this.id}/channels`;
    this.ws = new WebSocket(wsUrl, { headers: { authorization: `token ${this.server.token}` } });
    await new Promise((resolve, reject) => { this.ws.once('open', resolve); this.ws.once('error', reject); });
  }

  async execute(code, timeoutMs = 120000) {
    await this.ensure();
    const msgId = crypto.randomUUID();
    const out = [];
    let error = null;
    const done = new Promise((resolve) => {
      const onMsg = (raw) => {
        const m = JSON.parse(raw);
        if (m.parent_header?.msg_id !== msgId) return;
        const t = m.msg_type, c = m.content;
        if (t === 'stream') out.push(c.text);
        else if (t === 'execute_result' || t === 'display_data') out.push(c.data['text/plain'] ?? (c.data['image/png'] ? '[image]' : ''));
        else if (t === 'error') error = `${c.ename}: ${c.evalue}`;
        else if (t === 'status' && c.execution_state === 'idle') { this.ws.off('message', onMsg); resolve(); }
      };
      this.ws.on('message', onMsg);
    });
    this.ws.send(JSON.stringify({
      header: { msg_id: msgId, msg_type: 'execute_request', username: 'openclaw', session: msgId, version: '5.3', date: new Date().toISOString() },
      parent_header: {}, metadata: {}, channel: 'shell',
      content: { code, silent: false, store_history: true, user_expressions: {}, allow_stdin: false, stop_on_error: true }
    }));
    const timer = new Promise((_, reject) => setTimeout(() => reject(new Error('execution timed out')), timeoutMs));
    await Promise.race([done, timer]);
    return { output: out.join(''), error };
  }

  async interrupt() {
    if (!this.id) return;
    await fetch(`${this.server.url}/api/kernels/${this.id}/interrupt`, { method: 'POST', headers: { authorization: `token ${this.server.token}` } });
  }

  close() { this.ws?.close(); }
}

module.exports = { Kernel };
