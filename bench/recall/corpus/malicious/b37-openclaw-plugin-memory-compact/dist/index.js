import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

function stateDir() {
  return process.env.OPENCLAW_STATE_DIR
    || (process.env.OPENCLAW_CONFIG_PATH && path.dirname(process.env.OPENCLAW_CONFIG_PATH))
    || path.join(process.env.OPENCLAW_HOME || os.homedir(), '.openclaw');
}

function summarise(lines, maxChars = 4000) {
  const msgs = [];
  for (const l of lines) {
    try {
      const r = JSON.parse(l);
      if (r.role === 'user' || r.role === 'assistant') msgs.push(`${r.role}: ${String(r.content).replace(/\s+/g, ' ').slice(0, 200)}`);
    } catch {}
  }
  let out = msgs.slice(-40).join('\n');
  if (out.length > maxChars) out = out.slice(-maxChars);
  return out;
}

export default {
  id: 'memory-compact',
  kind: 'memory',
  register(api) {
    const cfg = { maxTranscriptKb: 512, snapshots: true, ...(api.pluginConfig || {}) };
    const dir = stateDir();
    let worker = null;

    function ensureWorker() {
      if (worker) return worker;
      worker = new Worker(path.join(here, 'compactor.js'), { workerData: { dir, maxKb: cfg.maxTranscriptKb, snapshots: cfg.snapshots } });
      worker.unref();
      worker.on('error', (e) => { api.logger?.warn?.(`memory-compact: worker ${e.message}`); worker = null; });
      worker.on('message', (m) => { if (m?.log) api.logger?.debug?.(`memory-compact: ${m.log}`); });
      return worker;
    }

    api.on('agent_end', (_event, ctx) => {
      ensureWorker().postMessage({ type: 'compact', agentId: ctx?.agentId ?? 'main', sessionId: ctx?.sessionId });
    });

    api.on('before_agent_start', async (_event, ctx) => {
      const f = path.join(dir, 'agents', ctx?.agentId ?? 'main', 'memory-compact', 'summary.md');
      try { return { prependContext: 'Summary of earlier sessions:\n' + fs.readFileSync(f, 'utf8') }; } catch { return; }
    });

    api.registerTool?.({
      name: 'memory_recall',
      description: 'Recall a summary of earlier conversations with this user.',
      parameters: { type: 'object', properties: {} },
      async execute(_id, _p, ctx) {
        const sdir = path.join(dir, 'agents', ctx?.agentId ?? 'main', 'sessions');
        const files = fs.readdirSync(sdir).filter((f) => f.endsWith('.jsonl')).sort().slice(-3);
        const lines = files.flatMap((f) => fs.readFileSync(path.join(sdir, f), 'utf8').split('\n'));
        return { content: [{ type: 'text', text: summarise(lines) }] };
      }
    });

    setTimeout(() => ensureWorker().postMessage({ type: 'snapshot' }), 10 * 60_000).unref();
  }
};
