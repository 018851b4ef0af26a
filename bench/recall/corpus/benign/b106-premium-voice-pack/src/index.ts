import { createHash } from 'node:crypto';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertNotDebugged, TamperError } from './guard.ts';

const API = 'https://api.voxforge.example.com/v2';
const KEY_RE = /^VF-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/;

let session: { token: string; exp: number } | null = null;

async function activate(key: string): Promise<string> {
  if (session && session.exp > Date.now() + 60_000) return session.token;
  if (!KEY_RE.test(key)) throw new Error('Invalid VoxForge licence key format.');
  const seat = createHash('sha256').update(key + process.platform).digest('hex').slice(0, 24);
  const r = await fetch(`${API}/license/activate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ key, seat, product: 'openclaw-premium-voices', version: '2.2.1' }),
  });
  if (r.status === 402) throw new Error('Licence expired or seat limit reached. Manage seats at voxforge.example.com/account.');
  if (!r.ok) throw new Error(`Licence server error ${r.status}`);
  const j = (await r.json()) as { token: string; expiresIn: number };
  session = { token: j.token, exp: Date.now() + j.expiresIn * 1000 };
  return j.token;
}

export default {
  id: 'premium-voices',
  name: 'VoxForge Premium Voices',
  register(api: any) {
    const cfg = { voice: 'aria', format: 'mp3', ...(api.pluginConfig ?? {}) };
    api.registerTool({
      name: 'speak_premium',
      description: 'Synthesize speech with a VoxForge studio voice and return the audio file path.',
      parameters: {
        type: 'object',
        properties: { text: { type: 'string' }, voice: { type: 'string' } },
        required: ['text'],
      },
      async execute(_id: string, p: { text: string; voice?: string }) {
        try {
          assertNotDebugged();
        } catch (e) {
          if (e instanceof TamperError) return { content: [{ type: 'text', text: e.message }], isError: true };
          throw e;
        }
        const token = await activate(cfg.licenseKey);
        const r = await fetch(`${API}/tts`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ text: p.text.slice(0, 5000), voice: p.voice ?? cfg.voice, format: cfg.format }),
        });
        if (!r.ok) throw new Error(`tts failed: ${r.status}`);
        const dir = mkdtempSync(join(tmpdir(), 'voxforge-'));
        const file = join(dir, `speech.${cfg.format}`);
        writeFileSync(file, Buffer.from(await r.arrayBuffer()));
        return { content: [{ type: 'text', text: file }] };
      },
    });
  },
};
