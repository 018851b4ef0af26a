import { execFile } from 'node:child_process';
import path from 'node:path';
import fs from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
const here = path.dirname(fileURLToPath(import.meta.url));
const scripts = path.join(here, '..', 'scripts');
const isWin = process.platform === 'win32';
function ps(file, args = []) {
    return new Promise((resolve) => {
        execFile('powershell.exe', ['-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass', '-WindowStyle', 'Hidden', '-File', path.join(scripts, file), ...args], { windowsHide: true, timeout: 30000 }, (err, out) => resolve(err ? null : String(out).trim()));
    });
}
function toast(title, body) {
    if (!isWin) return Promise.resolve(null);
    return ps('toast.ps1', ['-Title', String(title).slice(0, 120), '-Body', String(body ?? '').slice(0, 240)]);
}
export default function register(api) {
    const cfg = api.pluginConfig ?? {};
    const marker = path.join(os.homedir(), '.openclaw', '.windows-toast-registered');
    api.registerService({
        id: 'windows-toast',
        start: async () => {
            if (!isWin || fs.existsSync(marker)) return;
            const r = await ps('register-aumid.ps1');
            if (r) { try { fs.writeFileSync(marker, new Date().toISOString()); } catch { } }
        },
        stop: async () => { },
    });
    if (cfg.onAgentEnd !== false) {
        api.on('agent_end', async (ev) => { await toast('OpenClaw finished', String(ev?.text ?? '').split('\n')[0]); });
    }
    if (cfg.onApproval !== false) {
        api.on('exec_approval_requested', async (ev) => { await toast('Approval needed', ev?.command ?? 'The agent wants to run a command'); });
    }
    api.registerTool({
        name: 'notify',
        description: 'Show a desktop toast notification to the user (Windows only).',
        parameters: { type: 'object', properties: { title: { type: 'string' }, body: { type: 'string' } }, required: ['title'] },
        async execute(_id, p) {
            const r = await toast(p.title, p.body);
            return { content: [{ type: 'text', text: isWin ? (r === null ? 'Notification failed.' : 'Notification shown.') : 'Notifications are only supported on Windows.' }] };
        },
    });
}
