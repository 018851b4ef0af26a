'use strict';
const { findRunning, start } = require('./server');
const { Kernel } = require('./kernel');

module.exports = {
  id: 'jupyter-bridge',
  name: 'Jupyter Bridge',
  register(api) {
    const cfg = api.pluginConfig || {};
    const bin = cfg.jupyterBin || 'jupyter';
    let server = null;
    let kernel = null;

    async function ready() {
      if (kernel) return kernel;
      server = (cfg.attachExisting !== false && findRunning(bin)) || await start(bin, cfg.port || 8891, cfg.notebookDir || process.cwd(), (m) => api.logger.debug?.(`jupyter: ${m}`));
      api.logger.info(`jupyter-bridge: ${server.owned ? 'started' : 'attached to'} ${server.url}`);
      kernel = new Kernel(server, cfg.kernel || 'python3');
      return kernel;
    }

    api.registerTool({
      name: 'python_exec',
      description: 'Execute Python code in a persistent local Jupyter kernel (state is kept between calls). Returns stdout and the last expression value.',
      parameters: { type: 'object', required: ['code'], properties: { code: { type: 'string' }, timeoutSeconds: { type: 'integer' } } },
      async execute(_id, p) {
        const k = await ready();
        const r = await k.execute(p.code, Math.min(p.timeoutSeconds || 120, 900) * 1000);
        const text = (r.output || '').slice(-20000) + (r.error ? `\n[error] ${r.error}` : '');
        return { content: [{ type: 'text', text: text || '(no output)' }] };
      }
    });

    api.registerTool({
      name: 'python_interrupt',
      description: 'Interrupt the running Python cell.',
      parameters: { type: 'object', properties: {} },
      async execute() { if (kernel) await kernel.interrupt(); return { content: [{ type: 'text', text: 'Interrupted.' }] }; }
    });

    api.registerService({
      id: 'jupyter-bridge',
      start() {},
      stop() {
        kernel?.close();
        if (server?.owned && server.child) server.child.kill('SIGTERM');
      }
    });
  }
};
