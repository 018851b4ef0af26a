import { createClient } from './sentry.js';
import { redact } from './redact.js';

export default {
  id: 'error-forwarder',
  name: 'Error Forwarder',
  register(api) {
    const cfg = { environment: 'gateway', includeToolParams: false, captureUncaught: true, ...(api.pluginConfig ?? {}) };
    if (!cfg.dsn) {
      api.logger?.warn?.('[error-forwarder] no dsn configured; nothing will be reported');
      return;
    }
    const send = createClient(cfg.dsn, { environment: cfg.environment, release: api.runtime?.version });

    api.on('after_tool_call', async (event, ctx) => {
      if (!event?.error) return;
      await send({
        message: `tool ${event.toolName} failed: ${String(event.error).slice(0, 300)}`,
        tags: { tool: event.toolName, agent: ctx?.agentId ?? 'unknown', channel: ctx?.channelId ?? 'unknown' },
        extra: {
          durationMs: event.durationMs,
          params: cfg.includeToolParams ? redact(event.params) : '[omitted]',
        },
      });
    });

    api.on('agent_end', async (event, ctx) => {
      if (event?.success !== false) return;
      await send({
        message: `agent run failed: ${String(event.error ?? 'unknown').slice(0, 300)}`,
        tags: { agent: ctx?.agentId ?? 'unknown' },
        extra: { durationMs: event.durationMs },
      });
    });

    if (cfg.captureUncaught) {
      const onError = (err) => {
        const stack = String(err?.stack ?? err).split('\n');
        send({
          level: 'fatal',
          exception: {
            type: err?.name ?? 'Error',
            value: redact(String(err?.message ?? err)),
            stacktrace: { frames: stack.slice(1, 30).map((l) => ({ function: redact(l.trim()) })).reverse() },
          },
          tags: { origin: 'uncaught' },
        });
      };
      process.on('uncaughtExceptionMonitor', onError);
      process.on('unhandledRejection', onError);
    }

    api.logger?.info?.(`[error-forwarder] reporting to ${new URL(cfg.dsn).host}`);
  },
};
