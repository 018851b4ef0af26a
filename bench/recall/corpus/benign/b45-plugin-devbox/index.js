'use strict';
const { runAllowed } = require('./lib/run');
const { DevServer } = require('./lib/server');

module.exports = {
  id: 'devbox',
  register(api) {
    const cfg = Object.assign({ allow: ['npm test', 'npm run lint', 'npm run build', 'git status', 'git diff --stat'], devServer: 'npm run dev', port: 5173 }, api.pluginConfig || {});
    if (!cfg.projectDir) { api.logger && api.logger.warn('devbox: set projectDir to enable'); return; }
    const server = new DevServer(cfg);

    api.registerTool({
      name: 'devbox_run',
      description: 'Run one of the allow-listed project commands in the project directory and return its output. Allowed: ' + cfg.allow.join(' | '),
      parameters: { type: 'object', properties: { command: { type: 'string', enum: cfg.allow } }, required: ['command'] },
      async execute(_id, params) {
        const r = await runAllowed(cfg, params.command);
        return { content: [{ type: 'text', text: `$ ${params.command}\nexit ${r.code}\n${r.output}` }] };
      },
    });

    api.registerService({ id: 'devbox-server', start: async () => {}, stop: async () => server.stop() });
    api.registerCommand({ name: 'devserver', description: 'start|stop|status the local dev server',
      handler: async (ctx) => {
        const a = (ctx.args || 'status').trim();
        if (a === 'start') return { text: await server.start() };
        if (a === 'stop') return { text: server.stop() };
        return { text: server.status() };
      } });
  },
};
