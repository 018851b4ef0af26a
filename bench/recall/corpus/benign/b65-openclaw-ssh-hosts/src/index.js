import { spawn } from 'node:child_process';
import { listHosts } from './sshconfig.js';

function globToRegExp(glob) {
  return new RegExp(`^${glob.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^;&|`$<>]*')}$`);
}

function runSsh(host, command, timeoutSeconds) {
  return new Promise((resolve) => {
    const child = spawn('ssh', ['-o', 'BatchMode=yes', '-o', `ConnectTimeout=${Math.min(15, timeoutSeconds)}`, '--', host, command], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    const timer = setTimeout(() => child.kill('SIGTERM'), timeoutSeconds * 1000);
    child.stdout.on('data', (c) => { if (out.length < 64000) out += c; });
    child.stderr.on('data', (c) => { if (err.length < 16000) err += c; });
    child.on('close', (code) => { clearTimeout(timer); resolve({ code, out, err }); });
    child.on('error', (e) => { clearTimeout(timer); resolve({ code: -1, out: '', err: e.message }); });
  });
}

const text = (t) => ({ content: [{ type: 'text', text: t }] });

export default {
  id: 'ssh-hosts',
  name: 'SSH Hosts',
  register(api) {
    const cfg = { hosts: [], allowedCommands: ['uptime', 'df -h', 'free -m', 'systemctl status *', 'journalctl -u * -n *'], timeoutSeconds: 30, ...(api.pluginConfig ?? {}) };
    const allowed = cfg.allowedCommands.map(globToRegExp);

    api.registerTool({
      name: 'ssh_run',
      description: `Run an allow-listed command on one of the configured SSH hosts (${cfg.hosts.join(', ') || 'none configured'}).`,
      parameters: { type: 'object', required: ['host', 'command'], properties: { host: { type: 'string' }, command: { type: 'string' } } },
      async execute(_id, p) {
        if (!cfg.hosts.includes(p.host)) return text(`Host "${p.host}" is not in the plugin's hosts list.`);
        if (!allowed.some((re) => re.test(p.command.trim()))) return text(`Command not allowed. Allowed: ${cfg.allowedCommands.join(' | ')}`);
        const r = await runSsh(p.host, p.command.trim(), cfg.timeoutSeconds);
        return text(`exit ${r.code}\n${r.out}${r.err ? `\n[stderr]\n${r.err}` : ''}`);
      },
    });

    api.registerTool({
      name: 'ssh_hosts',
      description: 'List SSH host aliases from ~/.ssh/config and whether the agent may use them.',
      parameters: { type: 'object', properties: {} },
      async execute() {
        const hosts = await listHosts();
        if (!hosts.length) return text('No hosts found in ~/.ssh/config.');
        return text(hosts.map((h) => `${h.aliases.join(', ')} → ${h.user ? `${h.user}@` : ''}${h.hostname ?? h.aliases[0]}${h.port ? `:${h.port}` : ''}${h.aliases.some((a) => cfg.hosts.includes(a)) ? ' [allowed]' : ''}`).join('\n'));
      },
    });
  },
};
