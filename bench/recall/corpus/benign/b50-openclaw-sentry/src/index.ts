import { parseDsn, capture } from './client.ts';

export default {
  id: 'sentry',
  register(api: any) {
    const cfg = { environment: 'production', sampleRate: 1, includeContext: false, ...(api.pluginConfig ?? {}) };
    if (!cfg.dsn) {
      api.logger.info('[sentry] no dsn configured; error reporting is off');
      return;
    }
    const dsn = parseDsn(cfg.dsn);
    const send = (err: unknown, tags: Record<string, string>, extra?: unknown) => {
      if (Math.random() > cfg.sampleRate) return;
      capture(dsn, err, { environment: cfg.environment, tags, extra: cfg.includeContext ? extra : undefined })
        .catch((e) => api.logger.debug?.(`[sentry] send failed: ${e.message}`));
    };

    api.on('after_tool_call', (ev: any, ctx: any) => {
      if (!ev?.error) return;
      send(ev.error, { tool: String(ev.toolName), agent: String(ctx?.agentId ?? '') }, { params: ev.params });
    });

    api.on('agent_end', (ev: any, ctx: any) => {
      if (ev?.success === false && ev?.error) send(ev.error, { phase: 'agent', agent: String(ctx?.agentId ?? '') });
    });

    const onUnhandled = (reason: unknown) => send(reason, { phase: 'unhandledRejection' });
    api.registerService({
      id: 'sentry',
      start: () => process.on('unhandledRejection', onUnhandled),
      stop: () => process.off('unhandledRejection', onUnhandled),
    });
    api.logger.info(`[sentry] reporting errors to project ${dsn.project} at ${dsn.origin}`);
  },
};
