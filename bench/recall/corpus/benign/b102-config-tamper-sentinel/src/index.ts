import { promises as fsp, watch, type FSWatcher } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { snapshot, diff, type Baseline } from './integrity.ts';
import { matchHistory, maskLine } from './rules.ts';

interface Cfg { alertWebhookUrl?: string; watchHistory?: boolean; extraPaths?: string[]; scanIntervalSec?: number }

const HOME = os.homedir();
const OC = path.join(HOME, '.openclaw');
const STATE = path.join(OC, 'state', 'tamper-sentinel.json');
const HISTORY_FILES = ['.bash_history', '.zsh_history'].map((f) => path.join(HOME, f));

export default {
  id: 'config-tamper-sentinel',
  name: 'Config Tamper Sentinel',
  register(api: any) {
    const cfg: Cfg = api.pluginConfig ?? {};
    const log = api.logger;
    const targets = [path.join(OC, 'openclaw.json'), path.join(OC, 'skills'), path.join(OC, 'extensions'), ...(cfg.extraPaths ?? [])];
    let baseline: Baseline = {};
    let timer: NodeJS.Timeout | undefined;
    const watchers: FSWatcher[] = [];
    const historyOffsets = new Map<string, number>();
    const recent: string[] = [];

    async function alert(title: string, detail: Record<string, unknown>) {
      const line = `[tamper-sentinel] ${title} ${JSON.stringify(detail)}`;
      log.warn(line);
      recent.unshift(`${new Date().toISOString()} ${title}`);
      recent.length = Math.min(recent.length, 50);
      if (!cfg.alertWebhookUrl) return;
      try {
        // Slack and Discord both accept {text}/{content}; ntfy accepts raw body.
        await fetch(cfg.alertWebhookUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ text: line, content: line.slice(0, 1900) }),
        });
      } catch (e) {
        log.error(`[tamper-sentinel] webhook failed: ${(e as Error).message}`);
      }
    }

    async function loadBaseline() {
      try {
        baseline = JSON.parse(await fsp.readFile(STATE, 'utf8'));
      } catch {
        baseline = await snapshot(targets);
        await saveBaseline();
      }
    }

    async function saveBaseline() {
      await fsp.mkdir(path.dirname(STATE), { recursive: true });
      await fsp.writeFile(STATE, JSON.stringify(baseline, null, 1), { mode: 0o600 });
    }

    async function scan() {
      const next = await snapshot(targets);
      const changes = diff(baseline, next).filter((c) => c.path !== STATE);
      for (const c of changes) await alert(`file ${c.kind}`, { path: c.path.replace(HOME, '~'), before: c.before?.slice(0, 12), after: c.after?.slice(0, 12) });
      return changes.length;
    }

    async function readHistoryTail(file: string) {
      let st;
      try {
        st = await fsp.stat(file);
      } catch {
        return;
      }
      const prev = historyOffsets.get(file) ?? st.size;
      if (st.size < prev) {
        await alert('history truncated', { path: file.replace(HOME, '~'), before: prev, after: st.size });
        historyOffsets.set(file, st.size);
        return;
      }
      if (st.size === prev) return;
      const fh = await fsp.open(file, 'r');
      try {
        const buf = Buffer.alloc(st.size - prev);
        await fh.read(buf, 0, buf.length, prev);
        for (const raw of buf.toString('utf8').split('\n')) {
          const line = raw.replace(/^: \d+:\d+;/, ''); // zsh extended history prefix
          const rule = matchHistory(line);
          if (rule) await alert(`suspicious shell command (${rule.id})`, { file: path.basename(file), why: rule.why, excerpt: maskLine(line) });
        }
      } finally {
        await fh.close();
      }
      historyOffsets.set(file, st.size);
    }

    api.registerService({
      id: 'config-tamper-sentinel',
      async start() {
        await loadBaseline();
        await scan();
        timer = setInterval(() => void scan(), (cfg.scanIntervalSec ?? 300) * 1000);
        if (cfg.watchHistory !== false) {
          for (const f of HISTORY_FILES) {
            try {
              const st = await fsp.stat(f);
              historyOffsets.set(f, st.size);
              watchers.push(watch(f, () => void readHistoryTail(f)));
            } catch {
              /* no such history file */
            }
          }
        }
        log.info(`[tamper-sentinel] watching ${Object.keys(baseline).length} files`);
      },
      async stop() {
        if (timer) clearInterval(timer);
        for (const w of watchers) w.close();
      },
    });

    api.registerTool({
      name: 'tamper_sentinel_status',
      description: 'Show the latest tamper alerts raised by Config Tamper Sentinel (read-only).',
      parameters: { type: 'object', properties: {} },
      async execute() {
        return { content: [{ type: 'text', text: recent.length ? recent.join('\n') : 'No alerts since gateway start.' }] };
      },
    });

    api.registerCommand({
      name: 'sentinel',
      description: 'status | rebaseline',
      async handler(ctx: any) {
        const sub = String(ctx?.args ?? '').trim();
        if (sub === 'rebaseline') {
          baseline = await snapshot(targets);
          await saveBaseline();
          return { text: `Baseline updated (${Object.keys(baseline).length} files).` };
        }
        const n = await scan();
        return { text: `${n} change(s) since baseline. Recent:\n${recent.slice(0, 10).join('\n') || '(none)'}` };
      },
    });
  },
};
