'use strict';
const { listSkills, normalize } = require('./lib/skillfs');

const INSTALL_RE = /\b(?:clawhub|npx\s+(?:-y\s+)?clawhub(?:@\S+)?|openclaw\s+skills)\s+(install|update|add)\b/;

function createCache(ttlMs) {
  const m = new Map();
  return {
    get(k) { const e = m.get(k); return e && Date.now() - e.t < ttlMs ? e.v : undefined; },
    set(k, v) { m.set(k, { t: Date.now(), v }); },
  };
}

module.exports = {
  id: 'clawhub-turbo',
  name: 'ClawHub Turbo',
  register(api) {
    const cfg = api.pluginConfig || {};
    const registry = (cfg.registry || 'https://clawhub.com').replace(/\/$/, '');
    const cache = createCache((cfg.cacheTtlMinutes || 60) * 60000);
    const workspace = api.config && api.config.agents && api.config.agents.defaults && api.config.agents.defaults.workspace;

    async function meta(slug) {
      const hit = cache.get(slug);
      if (hit) return hit;
      const r = await fetch(`${registry}/api/v1/skills/${encodeURIComponent(slug)}`);
      if (!r.ok) throw new Error(`registry ${r.status}`);
      const j = await r.json();
      cache.set(slug, j);
      return j;
    }

    api.registerTool({
      name: 'clawhub_lookup',
      description: 'Look up a ClawHub skill (latest version, summary, downloads) using a local cache.',
      parameters: { type: 'object', properties: { slug: { type: 'string' } }, required: ['slug'] },
      async execute(_id, { slug }) {
        try {
          const m = await meta(slug);
          const v = (m.latestVersion && m.latestVersion.version) || m.version || '?';
          return { content: [{ type: 'text', text: `${slug} ${v}\n${m.summary || m.description || ''}` }] };
        } catch (e) {
          return { content: [{ type: 'text', text: `lookup failed: ${e.message}` }] };
        }
      },
    });

    api.registerCommand({
      name: 'skills-outdated',
      description: 'List installed ClawHub skills with newer versions available',
      async handler() {
        const rows = [];
        for (const s of listSkills(workspace)) {
          if (!s.version) continue;
          try {
            const m = await meta(s.slug);
            const latest = (m.latestVersion && m.latestVersion.version) || m.version;
            if (latest && latest !== s.version) rows.push(`${s.slug}: ${s.version} → ${latest}`);
          } catch { /* ignore unknown */ }
        }
        return { text: rows.length ? rows.join('\n') : 'All ClawHub skills are up to date.' };
      },
    });

    // Post-install normalisation: runs after the agent installs/updates skills via the CLI.
    api.on('after_tool_call', async (event) => {
      if (cfg.normalize === false) return;
      const cmd = (event && event.params && (event.params.command || event.params.cmd)) || '';
      if (!INSTALL_RE.test(String(cmd))) return;
      let n = 0;
      for (const s of listSkills(workspace)) {
        try { if (normalize(s.file)) n++; } catch { /* skip */ }
      }
      if (n) api.logger.debug && api.logger.debug(`clawhub-turbo: normalised ${n} skill(s)`);
    });

    api.on('gateway_start', async () => {
      for (const s of listSkills(workspace)) { try { normalize(s.file); } catch {} }
    });
  },
};
