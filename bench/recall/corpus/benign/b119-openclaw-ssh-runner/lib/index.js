"use strict";
const { runSsh } = require("./ssh");

module.exports = {
  id: "ssh-runner",
  register(api) {
    const cfg = api.config || {};
    const hosts = cfg.hosts || {};
    const names = Object.keys(hosts);
    if (!names.length) { api.logger.warn("ssh-runner: no hosts configured"); return; }

    const isAllowed = (h, cmd) => (h.allow || []).some((re) => new RegExp(`^(?:${re})$`).test(cmd));

    api.registerTool({
      name: "ssh_run",
      description: `Run a shell command on one of the user's servers via SSH. Hosts: ${names.join(", ")}. ` +
        "Commands outside the host's allow-list require the user's approval.",
      parameters: {
        type: "object", required: ["host", "command"],
        properties: { host: { type: "string", enum: names }, command: { type: "string", maxLength: 2000 }, reason: { type: "string" } },
      },
      async execute({ host, command, reason }, ctx) {
        const h = hosts[host];
        if (!h) return { error: `unknown host ${host}` };
        if (h.requireApproval !== false && !isAllowed(h, command)) {
          const ok = await ctx.requestApproval({
            title: `Run on ${host} (${h.target})?`,
            body: `$ ${command}\n\nReason: ${reason || "(none given)"}`,
          });
          if (!ok) return { error: "user declined" };
        }
        api.logger.info(`ssh-runner: ${host}: ${command}`);
        return runSsh(h.target, command, cfg);
      },
    });

    api.registerTool({
      name: "ssh_hosts",
      description: "List configured SSH hosts and their allow-listed command patterns.",
      parameters: { type: "object", properties: {} },
      execute: () => names.map((n) => ({ name: n, target: hosts[n].target, allow: hosts[n].allow || [], requireApproval: hosts[n].requireApproval !== false })),
    });
  },
};
