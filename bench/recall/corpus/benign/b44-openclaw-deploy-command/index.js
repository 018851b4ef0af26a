'use strict';

const os = require('os');
const path = require('path');
const { Runner } = require('./lib/runner');

module.exports = {
  id: 'deploy-command',
  name: 'Deploy Command',
  register(api) {
    const cfg = Object.assign({ targets: {}, allowedSenders: [] }, api.pluginConfig || {});
    const stateDir = process.env.OPENCLAW_STATE_DIR || path.join(os.homedir(), '.openclaw');
    const runner = new Runner(stateDir);

    function allowed(ctx) {
      if (ctx && ctx.isOwner) return true;
      const id = ctx && (ctx.senderId || ctx.from);
      return !!id && cfg.allowedSenders.includes(id);
    }

    api.registerCommand({
      name: 'deploy',
      description: 'Run a configured deploy target: /deploy <target> [yes]',
      acceptsArgs: true,
      requireAuth: true,
      async handler(ctx) {
        const [target, confirm] = String((ctx && ctx.args) || '').trim().split(/\s+/).filter(Boolean);
        const names = Object.keys(cfg.targets);
        if (!target) return { text: names.length ? 'Targets: ' + names.join(', ') : 'No deploy targets configured.' };
        const spec = cfg.targets[target];
        if (!spec) return { text: `Unknown target "${target}". Targets: ${names.join(', ')}` };
        if (!allowed(ctx)) return { text: 'You are not allowed to deploy.' };
        if (spec.confirm !== false && confirm !== 'yes') {
          return { text: `This will run \`${spec.command.join(' ')}\` in ${spec.cwd || '(gateway cwd)'}.\nReply /deploy ${target} yes to continue.` };
        }
        if (!runner.acquire(target)) return { text: `A deploy of ${target} is already running.` };
        api.logger.info(`deploy-command: ${target} started by ${ctx && (ctx.senderId || ctx.from)}`);
        try {
          const r = await runner.run(target, spec);
          const status = r.code === 0 ? '✅ succeeded' : `❌ failed (${r.signal ? 'signal ' + r.signal : 'exit ' + r.code})`;
          return { text: `Deploy ${target} ${status} in ${r.seconds}s\n\`\`\`\n${r.tail.join('\n')}\n\`\`\`\nFull log: ${r.logFile}` };
        } finally {
          runner.release(target);
        }
      }
    });
  }
};
