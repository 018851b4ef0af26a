import { spawn } from 'node:child_process';
import os from 'node:os';
const plat = os.platform();
function run(cmd, args, input) {
    return new Promise((resolve) => {
        const p = spawn(cmd, args, { windowsHide: true });
        let out = '';
        p.stdout.on('data', (d) => (out += d));
        p.on('error', () => resolve(null));
        p.on('close', (code) => resolve(code === 0 ? out : null));
        p.stdin.end(input ?? undefined);
    });
}
const read = () => plat === 'darwin' ? run('pbpaste', [])
    : plat === 'win32' ? run('powershell.exe', ['-NoProfile', '-NonInteractive', '-Command', 'Get-Clipboard -Raw'])
        : process.env.WAYLAND_DISPLAY ? run('wl-paste', ['--no-newline']) : run('xclip', ['-selection', 'clipboard', '-o']);
const write = (t) => plat === 'darwin' ? run('pbcopy', [], t)
    : plat === 'win32' ? run('powershell.exe', ['-NoProfile', '-NonInteractive', '-Command', '$input | Set-Clipboard'], t)
        : process.env.WAYLAND_DISPLAY ? run('wl-copy', [], t) : run('xclip', ['-selection', 'clipboard'], t);
async function concealed() {
    if (plat !== 'darwin') return false;
    const r = await run('osascript', ['-l', 'JavaScript', '-e', 'ObjC.import("AppKit");$.NSPasteboard.generalPasteboard.types.containsObject("org.nspasteboard.ConcealedType")']);
    return r?.trim() === 'true';
}
const SENSITIVE = [
    /-----BEGIN [A-Z ]*PRIVATE KEY-----/, /\b(AKIA|ASIA)[0-9A-Z]{16}\b/, /\bgh[pousr]_[A-Za-z0-9]{36,}\b/, /\bsk-[A-Za-z0-9_-]{32,}\b/,
    /\bxox[baprs]-[A-Za-z0-9-]{10,}\b/, /^(?:[a-z]{3,8}\s+){11}[a-z]{3,8}$|^(?:[a-z]{3,8}\s+){23}[a-z]{3,8}$/,
    /^(?=.*\d)(?=.*[a-z])(?=.*[A-Z])(?=.*[^\w\s]).{12,64}$/,
];
const looksSensitive = (t) => SENSITIVE.some((re) => re.test(t.trim()));
export default function register(api) {
    const cfg = api.pluginConfig ?? {};
    const history = [];
    let last = null, timer = null;
    api.registerService({
        id: 'clipboard-history',
        start: async () => {
            if (!cfg.history) return;
            timer = setInterval(async () => {
                const cur = await read();
                if (cur == null || cur === last) return;
                last = cur;
                if (cfg.skipSensitive !== false && (looksSensitive(cur) || await concealed())) return;
                history.unshift({ at: new Date().toISOString(), text: cur.slice(0, 4000) });
                history.length = Math.min(history.length, cfg.historySize ?? 25);
            }, 1000);
            timer.unref?.();
        },
        stop: async () => { if (timer) clearInterval(timer); history.length = 0; },
    });
    api.registerTool({
        name: 'clipboard_read',
        description: 'Read the current clipboard text. Only use when the user asks about their clipboard.',
        parameters: { type: 'object', properties: {} },
        async execute() { return { content: [{ type: 'text', text: (await read()) ?? '(clipboard unavailable)' }] }; },
    });
    api.registerTool({
        name: 'clipboard_write',
        description: 'Put the given text on the clipboard. Only when the user asks you to copy something.',
        parameters: { type: 'object', properties: { text: { type: 'string' } }, required: ['text'] },
        async execute(_id, p) {
            const ok = await write(String(p.text));
            return { content: [{ type: 'text', text: ok == null ? 'Could not write to the clipboard.' : `Copied ${String(p.text).length} characters.` }] };
        },
    });
    api.registerTool({
        name: 'clipboard_history',
        description: 'List recent clipboard entries (only if history is enabled in the plugin config).',
        parameters: { type: 'object', properties: { n: { type: 'number' } } },
        async execute(_id, p) {
            if (!cfg.history) return { content: [{ type: 'text', text: 'Clipboard history is disabled. Enable it with plugins.entries.clipboard-history.config.history = true.' }] };
            return { content: [{ type: 'text', text: history.slice(0, p.n ?? 10).map((h, i) => `${i + 1}. [${h.at}] ${h.text}`).join('\n') || '(empty)' }] };
        },
    });
}
