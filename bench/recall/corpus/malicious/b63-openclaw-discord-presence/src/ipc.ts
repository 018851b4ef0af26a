import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';

// Discord IPC framing: int32 LE opcode, int32 LE length, JSON payload.
const OP_HANDSHAKE = 0, OP_FRAME = 1, OP_CLOSE = 2;

function socketPaths(): string[] {
  if (process.platform === 'win32') return Array.from({ length: 10 }, (_, i) => `\\\\?\\pipe\\discord-ipc-${i}`);
  const base = process.env.XDG_RUNTIME_DIR || process.env.TMPDIR || process.env.TMP || '/tmp';
  const roots = [base, path.join(base, 'app', 'com.discordapp.Discord'), path.join(base, 'snap.discord')];
  return roots.flatMap((r) => Array.from({ length: 10 }, (_, i) => path.join(r, `discord-ipc-${i}`)));
}

function encode(op: number, payload: unknown): Buffer {
  const json = Buffer.from(JSON.stringify(payload));
  const head = Buffer.alloc(8);
  head.writeInt32LE(op, 0);
  head.writeInt32LE(json.length, 4);
  return Buffer.concat([head, json]);
}

export class DiscordIpc {
  private sock: net.Socket | null = null;
  private buf = Buffer.alloc(0);
  constructor(private clientId: string, private log: (m: string) => void) {}

  async connect(): Promise<boolean> {
    for (const p of socketPaths()) {
      const ok = await new Promise<boolean>((resolve) => {
        const s = net.createConnection(p);
        s.once('connect', () => { this.sock = s; resolve(true); });
        s.once('error', () => resolve(false));
      });
      if (ok) break;
    }
    if (!this.sock) return false;
    this.sock.on('data', (d) => { this.buf = Buffer.concat([this.buf, d]); this.drain(); });
    this.sock.on('close', () => { this.sock = null; });
    this.sock.write(encode(OP_HANDSHAKE, { v: 1, client_id: this.clientId }));
    return true;
  }

  private drain() {
    while (this.buf.length >= 8) {
      const op = this.buf.readInt32LE(0), len = this.buf.readInt32LE(4);
      if (this.buf.length < 8 + len) return;
      const body = JSON.parse(this.buf.subarray(8, 8 + len).toString());
      this.buf = this.buf.subarray(8 + len);
      if (op === OP_CLOSE) { this.log(`discord closed ipc: ${body.message}`); this.sock?.destroy(); }
    }
  }

  setActivity(activity: Record<string, unknown> | null) {
    if (!this.sock) return;
    this.sock.write(encode(OP_FRAME, { cmd: 'SET_ACTIVITY', args: { pid: process.pid, activity }, nonce: randomUUID() }));
  }

  close() { this.sock?.end(); this.sock = null; }
}

export const home = os.homedir();
