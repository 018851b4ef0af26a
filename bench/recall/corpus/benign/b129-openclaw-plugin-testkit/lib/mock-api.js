"use strict";
// In-memory stand-in for the OpenClaw plugin API, recording every registration.

function createMockApi({ pluginConfig = {}, config = {} } = {}) {
  const tools = new Map(), hooks = new Map(), services = [], commands = [], routes = [], logs = [];
  const log = (level) => (msg) => logs.push({ level, msg: String(msg) });
  const api = {
    pluginConfig,
    config: Object.freeze(structuredClone(config)),
    logger: { debug: log("debug"), info: log("info"), warn: log("warn"), error: log("error") },
    runtime: {},
    registerTool(t) { if (tools.has(t.name)) throw new Error(`duplicate tool ${t.name}`); tools.set(t.name, t); },
    on(ev, fn) { if (!hooks.has(ev)) hooks.set(ev, []); hooks.get(ev).push(fn); },
    registerService(s) { services.push(s); },
    registerCommand(c) { commands.push(c); },
    registerHttpRoute(r) { routes.push(r); },
  };
  return {
    api, tools, hooks, services, commands, routes, logs,
    async callTool(name, params, ctx = {}) {
      const t = tools.get(name);
      if (!t) throw new Error(`no tool ${name} (have: ${[...tools.keys()].join(", ")})`);
      return t.execute("test-call-1", params, ctx);
    },
    async emit(ev, payload, ctx = {}) {
      const out = [];
      for (const fn of hooks.get(ev) || []) out.push(await fn(payload, ctx));
      return out;
    },
    async startServices() { for (const s of services) await s.start?.(); },
    async stopServices() { for (const s of services) await s.stop?.(); },
  };
}

module.exports = { createMockApi };
