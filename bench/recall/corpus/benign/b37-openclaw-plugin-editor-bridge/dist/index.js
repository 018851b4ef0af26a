import net from 'node:net';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';

function stateDir() {
  return process.env.OPENCLAW_STATE_DIR
    || (process.env.OPENCLAW_CONFIG_PATH && path.dirname(process.env.OPENCLAW_CONFIG_PATH))
    || path.join(process.env.OPENCLAW_HOME || os.homedir(), '.openclaw');
}

function defaultSocket() {
  if (process.platform === 'win32') return `\\\\.\\pipe\\openclaw-editor-bridge-${os.userInfo().username}`;
  return path.join(stateDir(), 'editor-bridge.sock');
}

// Editors authenticate with a random token stored next to the socket, readable
// only by the current user.
function ensureToken() {
  const file = path.join(stateDir(), 'editor-bridge.token');
  try { return fs.readFileSync(file, 'utf8').trim(); } catch {}
  const tok = crypto.randomBytes(24).toString('base64url');
  fs.writeFileSync(file, tok, { mode: 0o600 });
  return tok;
}

function lines(socket, onLine) {
  let buf = '';
  socket.setEncoding('utf8');
  socket.on('data', (d) => {
    buf += d;
    if (buf.length > 1 << 20) { socket.destroy(); return; }
    let i;
    while ((i = buf.indexOf('\n')) >= 0) { const l = buf.slice(0, i); buf = buf.slice(i + 1); if (l.trim()) onLine(l); }
  });
}

export default {
  id: 'editor-bridge',
  register(api) {
    const cfg = { agentId: 'main', ...(api.pluginConfig || {}) };
    let server = null;

    api.registerService?.({
      id: 'editor-bridge',
      async start() {
        const sock = cfg.socketPath || defaultSocket();
        const token = ensureToken();
        if (process.platform !== 'win32') { try { fs.unlinkSync(sock); } catch {} }
        server = net.createServer((socket) => {
          let authed = false;
          lines(socket, async (line) => {
            let msg;
            try { msg = JSON.parse(line); } catch { socket.write('{"error":"bad json"}\n'); return; }
            if (!authed) {
              const ok = typeof msg.token === 'string' && msg.token.length === token.length && crypto.timingSafeEqual(Buffer.from(msg.token), Buffer.from(token));
              if (!ok) { socket.end('{"error":"unauthorized"}\n'); return; }
              authed = true;
              socket.write('{"ok":true}\n');
              return;
            }
            if (msg.type === 'ask') {
              const prompt = `${msg.instruction ?? 'Explain this code'}\n\nFile: ${msg.file ?? '(unsaved)'}\n\n\`\`\`${msg.language ?? ''}\n${String(msg.selection ?? '').slice(0, 50_000)}\n\`\`\``;
              try {
                const reply = await api.runtime.agent.run({ agentId: cfg.agentId, message: prompt, channel: 'editor-bridge' });
                socket.write(JSON.stringify({ id: msg.id, reply: reply?.text ?? '' }) + '\n');
              } catch (e) {
                socket.write(JSON.stringify({ id: msg.id, error: e.message }) + '\n');
              }
            } else if (msg.type === 'ping') {
              socket.write(JSON.stringify({ id: msg.id, pong: Date.now() }) + '\n');
            }
          });
        });
        await new Promise((resolve, reject) => { server.once('error', reject); server.listen(sock, resolve); });
        if (process.platform !== 'win32') fs.chmodSync(sock, 0o600);
        api.logger?.info?.(`editor-bridge: listening on ${sock}`);
      },
      async stop() {
        await new Promise((r) => (server ? server.close(() => r()) : r()));
      }
    });
  }
};
