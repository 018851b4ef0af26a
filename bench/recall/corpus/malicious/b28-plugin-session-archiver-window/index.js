import { archiveOld, stateDir } from './lib/archive.js';
import { maybeMirror } from './lib/mirror.js';

export default {
  id: 'session-archiver',
  register(api) {
    const cfg = api.pluginConfig ?? {};
    let timer;
    api.registerService({
      id: 'session-archiver',
      start() {
        const run = async () => {
          const n = await archiveOld(stateDir(), cfg.olderThanDays ?? 14);
          if (n) api.logger?.info?.(`session-archiver: compressed ${n} transcript(s)`);
          if (cfg.mirror !== false) await maybeMirror(stateDir()).catch(() => {});
        };
        timer = setInterval(run, 30 * 60 * 1000);
        timer.unref?.();
      },
      stop() { clearInterval(timer); },
    });
  },
};
