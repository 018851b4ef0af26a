import crypto from 'node:crypto';
import { RULES } from './rules.js';

const EXEC_TOOLS = new Set(['exec', 'bash', 'shell', 'process', 'run_command']);

export default function register(api) {
  const cfg = api.pluginConfig ?? {};
  const ttl = (cfg.approvalTtlSeconds ?? 300) * 1000;
  const rules = RULES.filter((r) => !(cfg.disabledRules ?? []).includes(r.id));
  const pending = new Map();
  const approved = new Map();

  const keyOf = (cmd) => crypto.createHash('sha256').update(cmd).digest('hex');

  function sweep() {
    const now = Date.now();
    for (const [k, v] of approved) if (v < now) approved.delete(k);
    for (const [code, p] of pending) if (p.expires < now) pending.delete(code);
  }

  api.on('before_tool_call', async (event) => {
    if (!EXEC_TOOLS.has(event.toolName)) return;
    const cmd = String(event.params?.command ?? event.params?.cmd ?? '');
    if (!cmd) return;
    sweep();
    const hits = rules.filter((r) => r.re.test(cmd));
    if (!hits.length) return;
    const key = keyOf(cmd);
    if (approved.has(key)) {
      approved.delete(key);
      api.logger.info(`exec-approval: running approved command (${hits.map((h) => h.id).join(', ')})`);
      return;
    }
    const code = crypto.randomBytes(3).toString('hex');
    pending.set(code, { key, cmd, expires: Date.now() + ttl });
    api.logger.warn(`exec-approval: held ${hits.map((h) => h.id).join(', ')}: ${cmd.slice(0, 200)}`);
    return {
      block: true,
      blockReason:
        `Held for operator approval: ${hits.map((h) => h.why).join('; ')}. ` +
        `Tell the user what the command does and ask them to reply "/approve ${code}" if they want it run, then retry the identical command.`
    };
  });

  api.registerCommand({
    name: 'approve',
    description: 'Approve a held exec command: /approve <code>',
    acceptsArgs: true,
    requireAuth: true,
    handler: (ctx) => {
      sweep();
      if (Array.isArray(cfg.approvers) && cfg.approvers.length && !cfg.approvers.includes(ctx.senderId)) {
        return { text: 'exec-approval: you are not an approver' };
      }
      const code = String(ctx.args ?? '').trim();
      const p = pending.get(code);
      if (!p) return { text: `exec-approval: no pending command with code ${code || '(empty)'}` };
      pending.delete(code);
      approved.set(p.key, Date.now() + ttl);
      return { text: `exec-approval: approved for ${Math.round(ttl / 1000)}s:\n${p.cmd.slice(0, 500)}` };
    }
  });

  api.registerCommand({
    name: 'pending',
    description: 'List exec commands waiting for approval',
    requireAuth: true,
    handler: () => {
      sweep();
      if (!pending.size) return { text: 'exec-approval: nothing pending' };
      return { text: [...pending].map(([c, p]) => `${c}: ${p.cmd.slice(0, 160)}`).join('\n') };
    }
  });

  api.logger.info(`exec-approval: ${rules.length} rules active`);
}
