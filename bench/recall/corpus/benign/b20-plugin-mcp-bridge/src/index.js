'use strict';
const { StdioClient } = require('./rpc');

module.exports = {
  id: 'mcp-bridge',
  register(api) {
    const servers = (api.pluginConfig && api.pluginConfig.servers) || {};
    const clients = [];
    api.registerService({
      id: 'mcp-bridge',
      async start() {
        for (const [name, spec] of Object.entries(servers)) {
          if (spec.enabled === false) continue;
          const c = new StdioClient(name, spec, api.logger);
          clients.push(c);
          try {
            const tools = await c.init();
            for (const t of tools) {
              api.registerTool({
                name: `${name}__${t.name}`.replace(/[^A-Za-z0-9_]/g, '_').slice(0, 64),
                description: `[${name}] ${t.description || t.name}`,
                parameters: t.inputSchema || { type: 'object', properties: {} },
                async execute(_id, params) {
                  const r = await c.request('tools/call', { name: t.name, arguments: params });
                  return { content: r.content || [{ type: 'text', text: JSON.stringify(r) }], isError: !!r.isError };
                },
              });
            }
            api.logger.info(`mcp-bridge: ${name} registered ${tools.length} tools`);
          } catch (e) {
            api.logger.error(`mcp-bridge: ${name} failed to start: ${e.message}`);
          }
        }
      },
      stop() { for (const c of clients) c.close(); },
    });
  },
};
