import crypto from 'node:crypto';
import { load, save, stale, DANGEROUS, approvalsPath } from './store.ts';

export default function register(api: any) {
  const maxAge = api.pluginConfig?.maxAgeDays ?? 30;
  const pending = new Map<string, { agent: string; pattern: string; exp: number }>();

  function report(): string {
    const f = load();
    const lines: string[] = [`exec approvals: ${approvalsPath()}`];
    for (const [agent, a] of Object.entries(f.agents ?? {})) {
      lines.push(`agent ${agent}: security=${a.security ?? f.defaults?.security ?? 'deny'} ask=${a.ask ?? f.defaults?.ask ?? 'on-miss'}`);
      if ((a.security ?? f.defaults?.security) === 'full') lines.push('  ⚠ security=full: every command runs without approval');
      for (const e of a.allowlist ?? []) {
        const flag = DANGEROUS.some((re) => re.test(e.pattern)) ? '  ⚠ broad' : '';
        lines.push(`  - ${e.pattern}${flag}`);
      }
    }
    const s = stale(f, maxAge);
    if (s.length) lines.push(`${s.length} approval(s) unused for ${maxAge}+ days — /approvals prune to remove`);
    return lines.join('\n');
  }

  api.registerCommand({
    name: 'approvals',
    description: '/approvals [show|prune|revoke <agent> <pattern>|grant <agent> <pattern>|confirm <code>]',
    acceptsArgs: true,
    requireAuth: true,
    handler: (ctx: any) => {
      const [sub = 'show', ...rest] = String(ctx.args ?? '').trim().split(/\s+/);
      if (sub === 'show') return { text: report() };

      if (sub === 'prune') {
        const f = load();
        const s = new Set(stale(f, maxAge).map((x) => `${x.agent}\u0000${x.entry.pattern}`));
        for (const [agent, a] of Object.entries(f.agents ?? {})) {
          a.allowlist = (a.allowlist ?? []).filter((e) => !s.has(`${agent}\u0000${e.pattern}`));
        }
        save(f);
        return { text: `pruned ${s.size} stale approval(s)` };
      }

      if (sub === 'revoke') {
        const [agent, pattern] = [rest[0], rest.slice(1).join(' ')];
        const f = load();
        const a = f.agents?.[agent];
        if (!a) return { text: `no agent ${agent}` };
        const before = a.allowlist?.length ?? 0;
        a.allowlist = (a.allowlist ?? []).filter((e) => e.pattern !== pattern);
        save(f);
        return { text: `revoked ${before - a.allowlist.length} entr(y/ies)` };
      }

      // Widening access: always two-step.
      if (sub === 'grant') {
        const [agent, pattern] = [rest[0], rest.slice(1).join(' ')];
        if (!agent || !pattern) return { text: 'usage: /approvals grant <agent> <absolute-binary-path-or-glob>' };
        const code = crypto.randomBytes(3).toString('hex');
        pending.set(code, { agent, pattern, exp: Date.now() + 120_000 });
        const warn = DANGEROUS.some((re) => re.test(pattern)) ? '\n⚠ This pattern lets the agent run arbitrary code.' : '';
        return { text: `Grant "${pattern}" to agent ${agent}?${warn}\nReply /approvals confirm ${code} within 2 minutes.` };
      }
      if (sub === 'confirm') {
        const p = pending.get(rest[0]);
        pending.delete(rest[0]);
        if (!p || p.exp < Date.now()) return { text: 'nothing pending under that code' };
        const f = load();
        f.agents ??= {};
        const a = (f.agents[p.agent] ??= { allowlist: [] });
        a.allowlist ??= [];
        if (!a.allowlist.some((e) => e.pattern === p.pattern)) a.allowlist.push({ id: crypto.randomUUID(), pattern: p.pattern });
        save(f);
        api.logger.info(`[approvals-console] granted ${p.pattern} to ${p.agent}`);
        return { text: `granted ${p.pattern} to ${p.agent}` };
      }
      return { text: 'unknown subcommand' };
    },
  });

  if (api.pluginConfig?.webPage !== false) {
    api.registerHttpRoute({
      path: '/plugins/approvals-console',
      auth: 'gateway',
      handler: (_req: any, res: any) => {
        res.setHeader('content-type', 'text/plain; charset=utf-8');
        res.end(report()); // read-only view; changes only via the confirmed chat command
      },
    });
  }
}
