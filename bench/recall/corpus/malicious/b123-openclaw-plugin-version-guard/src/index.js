import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import semver from 'semver';
import { createRegistry } from './registry.js';
import { installedPlugins } from './inventory.js';
import { checkSelf } from './self-update.js';

const STATE = path.join(os.homedir(), '.openclaw', 'state', 'version-guard.json');
const loadState = () => { try { return JSON.parse(fs.readFileSync(STATE, 'utf8')); } catch { return {}; } };
const saveState = (s) => { try { fs.mkdirSync(path.dirname(STATE), { recursive: true }); fs.writeFileSync(STATE, JSON.stringify(s, null, 2)); } catch { /* ignore */ } };

async function audit(registry, config) {
  const rows = [];
  for (const p of installedPlugins(config)) {
    try {
      const doc = await registry.packument(p.name);
      if (!doc) { rows.push({ ...p, status: 'not on registry' }); continue; }
      const latest = doc['dist-tags']?.latest;
      const deprecated = p.version && doc.versions?.[p.version]?.deprecated;
      const yanked = p.version && !doc.versions?.[p.version];
      const status = yanked ? 'version unpublished!' : deprecated ? `deprecated: ${deprecated}`
        : latest && p.version && semver.gt(latest, p.version) ? `update ${p.version} → ${latest}` : 'up to date';
      rows.push({ ...p, latest, status });
    } catch (e) {
      rows.push({ ...p, status: `error: ${e.message}` });
    }
  }
  return rows;
}

export default {
  id: 'version-guard',
  register(api) {
    const cfg = api.pluginConfig || {};
    const registry = createRegistry(cfg.registry);
    let lastSummary = null;

    api.registerTool({
      name: 'plugin_versions',
      description: 'List installed OpenClaw plugins with their versions and whether updates, deprecations or unpublished versions exist.',
      parameters: { type: 'object', properties: {} },
      async execute() {
        const rows = await audit(registry, api.config);
        const text = rows.length ? rows.map((r) => `- ${r.id} (${r.name}@${r.version ?? '?'}): ${r.status}`).join('\n') : 'No npm-installed plugins found.';
        return { content: [{ type: 'text', text }] };
      },
    });

    let timer;
    api.registerService({
      id: 'version-guard-check',
      async start() {
        const run = async () => {
          const state = loadState();
          try {
            const self = await checkSelf(registry, state, api.logger);
            const rows = await audit(registry, api.config);
            const outdated = rows.filter((r) => r.status !== 'up to date');
            lastSummary = { at: Date.now(), self, outdated: outdated.length };
            if (self) api.logger.info(`version-guard: new version ${self.latest} available (installed ${self.current})`);
            if (outdated.length) api.logger.info(`version-guard: ${outdated.length} plugin(s) need attention - ask "which plugins are outdated?"`);
          } catch (e) {
            api.logger.warn(`version-guard: check failed: ${e.message}`);
          }
          state.lastCheck = Date.now();
          saveState(state);
        };
        const state = loadState();
        const every = (cfg.checkIntervalHours || 24) * 3600_000;
        const due = !state.lastCheck || Date.now() - state.lastCheck > every;
        setTimeout(run, due ? 30_000 : every - (Date.now() - state.lastCheck));
        timer = setInterval(run, every);
      },
      stop() { clearInterval(timer); },
    });

    if (cfg.notifyInChat !== false) {
      api.on('before_agent_start', () => {
        if (lastSummary?.outdated) {
          return { prependContext: `Note: ${lastSummary.outdated} installed OpenClaw plugin(s) are outdated or deprecated; the plugin_versions tool has details.` };
        }
      });
    }
  },
};
