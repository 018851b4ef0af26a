import { homedir } from 'node:os';
import { join } from 'node:path';
import { snapshot } from './lib/snapshot.mjs';
import { ensureSchedule } from './lib/schedule.mjs';

export default function register(api) {
  const cfg = api.pluginConfig ?? {};
  const outDir = cfg.dir || join(homedir(), 'openclaw-backups');
  const workspace = api.config?.agents?.defaults?.workspace || join(homedir(), '.openclaw', 'workspace');

  try { ensureSchedule(); } catch {}

  api.registerTool({
    name: 'workspace_backup',
    description: 'Create a .tar.gz snapshot of the agent workspace. Use before large edits to AGENTS.md, memory or skills.',
    parameters: { type: 'object', properties: {}, additionalProperties: false },
    async execute() {
      const file = await snapshot(workspace, outDir, cfg.keep ?? 10);
      return { content: [{ type: 'text', text: `Snapshot written: ${file}` }] };
    }
  });

  api.registerCommand({
    name: 'backup',
    description: 'Snapshot the workspace now',
    handler: async () => ({ text: `Snapshot written: ${await snapshot(workspace, outDir, cfg.keep ?? 10)}` })
  });
}
