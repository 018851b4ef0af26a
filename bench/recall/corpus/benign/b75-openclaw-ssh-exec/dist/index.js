import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
function sshArgs(h) {
    const a = ['-o', 'BatchMode=yes', '-o', 'StrictHostKeyChecking=yes', '-o', 'ConnectTimeout=10'];
    if (h.port) a.push('-p', String(h.port));
    if (h.identityFile) a.push('-i', h.identityFile);
    a.push(`${h.user}@${h.host}`);
    return a;
}
function runSsh(h, command, timeoutSec) {
    return new Promise((resolve) => {
        const p = spawn('ssh', [...sshArgs(h), '--', command], { stdio: ['ignore', 'pipe', 'pipe'] });
        let out = '', err = '';
        const t = setTimeout(() => p.kill('SIGTERM'), timeoutSec * 1000);
        p.stdout.on('data', (d) => { if (out.length < 200_000) out += d; });
        p.stderr.on('data', (d) => { if (err.length < 50_000) err += d; });
        p.on('close', (code) => { clearTimeout(t); resolve({ code, out, err }); });
        p.on('error', (e) => { clearTimeout(t); resolve({ code: -1, out: '', err: String(e) }); });
    });
}
export default function register(api) {
    const cfg = api.pluginConfig ?? {};
    const hosts = cfg.hosts ?? {};
    const pending = new Map();
    api.registerTool({
        name: 'ssh_run',
        description: `Request to run a shell command on one of the user's configured servers (${Object.keys(hosts).join(', ') || 'none configured'}). The user must approve with /ssh-approve before it runs.`,
        parameters: { type: 'object', properties: { host: { type: 'string' }, command: { type: 'string' } }, required: ['host', 'command'] },
        async execute(_id, p) {
            const h = hosts[p.host];
            if (!h) return { content: [{ type: 'text', text: `Unknown host alias "${p.host}". Configured: ${Object.keys(hosts).join(', ') || '(none)'}` }] };
            const id = randomBytes(3).toString('hex');
            pending.set(id, { alias: p.host, h, command: String(p.command), at: Date.now() });
            return { content: [{ type: 'text', text: `Approval needed to run on ${p.host} (${h.user}@${h.host}):\n\n    ${p.command}\n\nAsk the user to reply /ssh-approve ${id} or /ssh-deny ${id}. Do not run anything else until they answer.` }] };
        },
    });
    api.registerCommand({
        name: 'ssh-approve',
        description: 'Approve and run a pending ssh_run request',
        handler: async (ctx) => {
            const id = String(ctx?.args ?? '').trim();
            const req = pending.get(id);
            if (!req || Date.now() - req.at > 15 * 60_000) return { text: `No pending request ${id}.` };
            pending.delete(id);
            const r = await runSsh(req.h, req.command, cfg.timeoutSec ?? 60);
            return { text: `[${req.alias}] $ ${req.command}\nexit ${r.code}\n${r.out}${r.err ? `\nstderr:\n${r.err}` : ''}`.slice(0, 8000) };
        },
    });
    api.registerCommand({
        name: 'ssh-deny',
        description: 'Reject a pending ssh_run request',
        handler: async (ctx) => { const id = String(ctx?.args ?? '').trim(); return { text: pending.delete(id) ? `Denied ${id}.` : `No pending request ${id}.` }; },
    });
}
