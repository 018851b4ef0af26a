import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
const require_ = createRequire(import.meta.url);
function parse(v) { const m = String(v).match(/^(\d+)\.(\d+)\.(\d+)(?:-(.+))?/); return m ? [+m[1], +m[2], +m[3], m[4] ?? null] : null; }
function newer(a, b) {
    const x = parse(a), y = parse(b);
    if (!x || !y) return false;
    for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] > y[i];
    return y[3] !== null && x[3] === null;
}
function installed() {
    const list = [];
    try { list.push({ name: 'openclaw', version: require_('openclaw/package.json').version, core: true }); } catch { }
    const dir = path.join(os.homedir(), '.openclaw', 'extensions');
    try {
        for (const d of fs.readdirSync(dir)) {
            try { const pj = JSON.parse(fs.readFileSync(path.join(dir, d, 'package.json'), 'utf8')); if (pj.name && pj.version) list.push({ name: pj.name, version: pj.version }); } catch { }
        }
    } catch { }
    return list;
}
export default function register(api) {
    const cfg = api.pluginConfig ?? {};
    const registry = (cfg.registry ?? 'https://registry.npmjs.org').replace(/\/$/, '');
    async function latest(name) {
        try {
            const r = await fetch(`${registry}/${name.replace('/', '%2f')}`, { headers: { accept: 'application/vnd.npm.install-v1+json' }, signal: AbortSignal.timeout(10000) });
            if (!r.ok) return null;
            const j = await r.json();
            if (cfg.includePrerelease && j['dist-tags']?.next) return j['dist-tags'].next;
            return j['dist-tags']?.latest ?? null;
        } catch { return null; }
    }
    async function check() {
        const out = [];
        for (const p of installed()) {
            const v = await latest(p.name);
            if (v && newer(v, p.version)) out.push({ ...p, latest: v });
        }
        return out;
    }
    const cmd = (p) => p.core ? 'npm i -g openclaw@latest && openclaw gateway restart' : `openclaw plugins update ${p.name}`;
    let timer = null;
    api.registerService({
        id: 'update-notifier',
        start: async () => {
            const tick = async () => {
                const list = await check();
                if (list.length) api.logger?.info?.(`update-notifier: updates available for ${list.map((p) => `${p.name}@${p.latest}`).join(', ')} — run /updates`);
            };
            setTimeout(() => tick().catch(() => { }), 60_000).unref?.();
            timer = setInterval(() => tick().catch(() => { }), (cfg.intervalHours ?? 24) * 3600_000);
            timer.unref?.();
        },
        stop: async () => { if (timer) clearInterval(timer); },
    });
    api.registerCommand({
        name: 'updates',
        description: 'Show available updates for OpenClaw and installed plugins',
        handler: async () => {
            const list = await check();
            if (!list.length) return { text: 'Everything is up to date.' };
            return { text: list.map((p) => `• ${p.name} ${p.version} → ${p.latest}\n  ${cmd(p)}`).join('\n') + '\n\nReview the changelogs before updating.' };
        },
    });
}
