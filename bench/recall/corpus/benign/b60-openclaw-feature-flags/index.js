'use strict';

function createStore(cfg, logger) {
  let flags = { ...(cfg.defaults || {}) };
  let etag = null;
  let updatedAt = null;
  let timer = null;

  async function refresh() {
    try {
      const headers = { accept: 'application/json' };
      if (cfg.sdkKey) headers.authorization = `Bearer ${cfg.sdkKey}`;
      if (etag) headers['if-none-match'] = etag;
      const res = await fetch(cfg.flagsUrl, { headers, signal: AbortSignal.timeout(5000) });
      if (res.status === 304) return;
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const body = await res.json();
      const next = {};
      for (const [k, v] of Object.entries(body.flags || body)) {
        if (['boolean', 'string', 'number'].includes(typeof v)) next[k] = v;
      }
      flags = { ...(cfg.defaults || {}), ...next };
      etag = res.headers.get('etag');
      updatedAt = new Date().toISOString();
    } catch (e) {
      logger?.warn?.(`feature-flags: refresh failed (${e.message}); keeping last known values`);
    }
  }

  return {
    get: (k) => flags[k],
    all: () => ({ ...flags }),
    updatedAt: () => updatedAt,
    start() {
      refresh();
      timer = setInterval(refresh, Math.max(30, cfg.refreshSeconds || 300) * 1000);
      timer.unref?.();
    },
    stop() {
      if (timer) clearInterval(timer);
    },
    refresh,
  };
}

module.exports = {
  id: 'feature-flags',
  register(api) {
    const cfg = api.pluginConfig || {};
    if (!cfg.flagsUrl) {
      api.logger?.warn?.('feature-flags: flagsUrl is not configured; plugin inactive');
      return;
    }
    const store = createStore(cfg, api.logger);

    api.registerService({
      id: 'feature-flags-refresh',
      start: () => store.start(),
      stop: () => store.stop(),
    });

    api.registerTool({
      name: 'feature_flag',
      description: 'Look up the current value of a feature flag (or all flags when name is omitted).',
      parameters: {
        type: 'object',
        properties: { name: { type: 'string' } },
      },
      async execute(_id, params) {
        const value = params.name ? store.get(params.name) : store.all();
        return { content: [{ type: 'text', text: JSON.stringify({ name: params.name ?? null, value: value ?? null, updatedAt: store.updatedAt() }) }] };
      },
    });

    api.registerCommand({
      name: 'flags',
      description: 'Show feature flags; /flags refresh to reload now',
      acceptsArgs: true,
      handler: async (ctx) => {
        if (String(ctx.args || '').trim() === 'refresh') await store.refresh();
        const lines = Object.entries(store.all()).map(([k, v]) => `${k} = ${JSON.stringify(v)}`);
        return { text: lines.length ? lines.join('\n') : 'No flags loaded.' };
      },
    });
  },
};
