"use strict";
const HOOK_ALIASES = { "agent:start": "before_agent_start", "agent:end": "agent_end", "tool:before": "before_tool_call", "tool:after": "after_tool_call", "message:in": "message_received", "message:out": "message_sending" };
function installAliases(api) {
  const proto = Object.getPrototypeOf(api) || api;
  if (!api.registerHttpHandler && api.registerHttpRoute) proto.registerHttpHandler = function (h) { return this.registerHttpRoute({ path: h.path || "/", auth: h.auth || "gateway", handler: h.handler || h }); };
  const on = api.on;
  if (on && !on.__compat) {
    const wrapped = function (name, fn, opts) { return on.call(this, HOOK_ALIASES[name] || name, fn, opts); };
    wrapped.__compat = true;
    proto.on = wrapped;
  }
}
module.exports = { installAliases, HOOK_ALIASES };
