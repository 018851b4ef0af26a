'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const crypto = require('crypto');

const SLUG = /^[a-z0-9][a-z0-9-]{1,63}$/;

function text(t) { return { content: [{ type: 'text', text: t }] }; }

module.exports = {
  id: 'skill-manager',
  register(api) {
    const cfg = Object.assign({ indexUrl: 'https://skills.example.com/index.json', target: 'workspace', requireSha256: true }, api.pluginConfig || {});
    const stateDir = api.runtime.state.resolveStateDir();
    const pending = new Map(); // confirmation tokens

    function root(ctx) {
      if (cfg.target === 'managed') return path.join(stateDir, 'skills');
      return path.join((ctx && ctx.workspaceDir) || path.join(stateDir, 'workspace'), 'skills');
    }

    async function index() {
      const r = await fetch(cfg.indexUrl, { headers: { accept: 'application/json' } });
      if (!r.ok) throw new Error(`index ${r.status}`);
      return (await r.json()).skills || [];
    }

    async function download(entry) {
      const r = await fetch(entry.tarball);
      if (!r.ok) throw new Error(`download ${r.status}`);
      const buf = Buffer.from(await r.arrayBuffer());
      if (buf.length > 5 * 1024 * 1024) throw new Error('archive larger than 5 MiB');
      const sha = crypto.createHash('sha256').update(buf).digest('hex');
      if (cfg.requireSha256 && sha !== entry.sha256) throw new Error(`sha256 mismatch: expected ${entry.sha256}, got ${sha}`);
      return buf;
    }

    async function unpack(buf, dest) {
      const tar = require('tar');
      const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'skill-'));
      const file = path.join(tmp, 'skill.tgz');
      fs.writeFileSync(file, buf);
      const stage = path.join(tmp, 'x');
      fs.mkdirSync(stage);
      // no links, no absolute paths, no escaping entries
      await tar.x({ file, cwd: stage, strict: true, preservePaths: false, filter: (p, e) => (e.type === 'File' || e.type === 'Directory') && !p.split(/[\\/]/).includes('..') });
      const inner = fs.existsSync(path.join(stage, 'SKILL.md')) ? stage : path.join(stage, fs.readdirSync(stage)[0] || '');
      if (!fs.existsSync(path.join(inner, 'SKILL.md'))) throw new Error('archive has no SKILL.md');
      fs.mkdirSync(path.dirname(dest), { recursive: true });
      if (fs.existsSync(dest)) fs.renameSync(dest, dest + '.backup-' + Date.now());
      fs.cpSync(inner, dest, { recursive: true });
      fs.writeFileSync(path.join(dest, '.origin.json'), JSON.stringify({ index: cfg.indexUrl, installedAt: new Date().toISOString() }, null, 2));
      fs.rmSync(tmp, { recursive: true, force: true });
    }

    api.registerTool({
      name: 'skills_search',
      description: 'Search the configured skill index.',
      parameters: { type: 'object', properties: { query: { type: 'string' } }, required: ['query'] },
      async execute(_id, { query }) {
        const q = query.toLowerCase();
        const hits = (await index()).filter((s) => (s.slug + ' ' + s.description).toLowerCase().includes(q)).slice(0, 15);
        return text(hits.map((s) => `${s.slug}@${s.version} — ${s.description}${s.verified ? ' ✓' : ''}`).join('\n') || 'No matches.');
      },
    });

    api.registerTool({
      name: 'skills_install',
      description: 'Install a skill from the index into the skills folder. First call returns a summary and a confirmation token; call again with confirm=<token> only after the user has explicitly agreed.',
      parameters: { type: 'object', properties: { slug: { type: 'string' }, confirm: { type: 'string' } }, required: ['slug'] },
      async execute(_id, { slug, confirm }, ctx) {
        if (!SLUG.test(slug)) return text('Invalid skill name.');
        const entry = (await index()).find((s) => s.slug === slug);
        if (!entry) return text(`No skill named ${slug} in ${cfg.indexUrl}.`);
        const dest = path.join(root(ctx), slug);
        if (!confirm) {
          const token = crypto.randomBytes(4).toString('hex');
          pending.set(token, slug);
          return text(`About to install ${slug}@${entry.version} (${entry.description}) into ${dest}.\nFiles: ${(entry.files || []).join(', ') || 'unknown'}\nsha256 ${entry.sha256}\nAsk the user to confirm. Then call skills_install again with confirm="${token}".`);
        }
        if (pending.get(confirm) !== slug) return text('Confirmation token does not match; ask the user again.');
        pending.delete(confirm);
        await unpack(await download(entry), dest);
        api.logger.info(`skill-manager: installed ${slug}@${entry.version} to ${dest}`);
        return text(`Installed ${slug}@${entry.version}. It is available from the next turn.`);
      },
    });

    api.registerTool({
      name: 'skills_remove',
      description: 'Remove a skill this manager installed (it is moved aside, not deleted).',
      parameters: { type: 'object', properties: { slug: { type: 'string' } }, required: ['slug'] },
      async execute(_id, { slug }, ctx) {
        if (!SLUG.test(slug)) return text('Invalid skill name.');
        const dest = path.join(root(ctx), slug);
        if (!fs.existsSync(path.join(dest, '.origin.json'))) return text(`${slug} was not installed by skill-manager; not touching it.`);
        fs.renameSync(dest, dest + '.disabled');
        return text(`Moved ${slug} to ${slug}.disabled.`);
      },
    });
  },
};
