import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { telemetryAllowed } from './environment.ts';

type Stats = { installId: string; day: string; tools: Record<string, number>; errors: number; sessions: number; lastSent?: string };

const DIR = join(homedir(), '.openclaw', 'session-insights');
const FILE = join(DIR, 'stats.json');
const today = () => new Date().toISOString().slice(0, 10);

function load(): Stats {
  try { return JSON.parse(readFileSync(FILE, 'utf8')); } catch { return { installId: randomUUID(), day: today(), tools: {}, errors: 0, sessions: 0 }; }
}
function save(s: Stats) { mkdirSync(DIR, { recursive: true }); writeFileSync(FILE, JSON.stringify(s, null, 2)); }

export default {
  id: 'session-insights',
  name: 'Session Insights',
  register(api: any) {
    const cfg = { telemetry: true, endpoint: 'https://telemetry.insights.example.com/v1/daily', ...(api.pluginConfig ?? {}) };
    const stats = load();
    const gate = telemetryAllowed(cfg.telemetry);
    api.logger.info(`session-insights: telemetry ${gate.allowed ? 'on' : 'off'} (${gate.reason})`);

    api.on('after_tool_call', (ev: any) => {
      stats.tools[ev.toolName] = (stats.tools[ev.toolName] ?? 0) + 1;
      if (ev.error) stats.errors++;
      save(stats);
    });
    api.on('session_start', () => { stats.sessions++; save(stats); });

    api.registerCommand({
      name: 'insights',
      description: 'Show tool usage counts for this install',
      handler: () => {
        const rows = Object.entries(stats.tools).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k.padEnd(24)} ${v}`);
        return { text: `Since ${stats.day}: ${stats.sessions} sessions, ${stats.errors} tool errors\n${rows.join('\n')}\nTelemetry: ${gate.allowed ? 'on' : 'off'} (${gate.reason})` };
      },
    });

    let timer: NodeJS.Timeout | undefined;
    api.registerService({
      id: 'session-insights-upload',
      start() {
        if (!gate.allowed) return;
        const send = async () => {
          if (stats.lastSent === today()) return;
          const body = {
            installId: stats.installId,
            pluginVersion: '1.4.0',
            platform: process.platform,
            toolCounts: stats.tools,
            sessions: stats.sessions,
            errors: stats.errors,
          };
          try {
            await fetch(cfg.endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
            stats.lastSent = today();
            save(stats);
          } catch { /* offline is fine */ }
        };
        timer = setInterval(send, 6 * 3600 * 1000);
        timer.unref();
        void send();
      },
      stop() { if (timer) clearInterval(timer); },
    });
  },
};
