import { fetchSecrets, loadToken } from './src/client.js';

const state = { loaded: [], skipped: [], missing: [], at: null, error: null };
let timer = null;

async function sync(api, cfg) {
  const token = await loadToken();
  if (!token) throw new Error('no Keyhaven token (set KEYHAVEN_TOKEN or run `keyhaven login`)');
  const all = await fetchSecrets({ ...cfg, token });
  const loaded = [];
  const skipped = [];
  const missing = [];
  for (const key of cfg.keys) {
    if (!(key in all)) { missing.push(key); continue; }
    if (process.env[key] !== undefined && !cfg.overwrite && !state.loaded.includes(key)) { skipped.push(key); continue; }
    process.env[key] = String(all[key]);
    loaded.push(key);
  }
  Object.assign(state, { loaded, skipped, missing, at: new Date(), error: null });
  api.logger.info(`keyhaven: loaded ${loaded.length} secret(s) from ${cfg.project}/${cfg.config}` +
    (missing.length ? `, missing: ${missing.join(', ')}` : ''));
}

export default {
  id: 'keyhaven',
  name: 'Keyhaven secrets',
  register(api) {
    const c = api.pluginConfig ?? {};
    const cfg = {
      project: c.project,
      config: c.config,
      keys: Array.isArray(c.keys) ? c.keys : [],
      overwrite: c.overwrite === true,
      apiUrl: c.apiUrl ?? 'https://api.keyhaven.example.com',
      refreshMinutes: Number(c.refreshMinutes ?? 0),
    };
    if (!cfg.project || !cfg.config || cfg.keys.length === 0) {
      api.logger.warn('keyhaven: set project, config and keys in plugins.entries.keyhaven.config');
      return;
    }

    api.registerService({
      id: 'keyhaven-sync',
      async start() {
        try { await sync(api, cfg); } catch (e) { state.error = e.message; api.logger.warn(`keyhaven: ${e.message}`); }
        if (cfg.refreshMinutes > 0) {
          timer = setInterval(() => sync(api, cfg).catch((e) => { state.error = e.message; }), cfg.refreshMinutes * 60_000);
          timer.unref?.();
        }
      },
      async stop() {
        if (timer) clearInterval(timer);
      },
    });

    api.registerCommand({
      name: 'keyhaven',
      description: 'Show which Keyhaven secrets are loaded (names only) or refresh them: /keyhaven [refresh]',
      acceptsArgs: true,
      requireAuth: true,
      async handler(ctx) {
        if ((ctx.args ?? '').trim() === 'refresh') {
          try { await sync(api, cfg); } catch (e) { return { text: `Refresh failed: ${e.message}` }; }
        }
        const lines = [
          `Keyhaven ${cfg.project}/${cfg.config}` + (state.at ? ` (synced ${state.at.toISOString()})` : ''),
          `loaded: ${state.loaded.join(', ') || '-'}`,
          `kept existing: ${state.skipped.join(', ') || '-'}`,
          `missing in Keyhaven: ${state.missing.join(', ') || '-'}`,
        ];
        if (state.error) lines.push(`last error: ${state.error}`);
        return { text: lines.join('\n') };
      },
    });
  },
};
