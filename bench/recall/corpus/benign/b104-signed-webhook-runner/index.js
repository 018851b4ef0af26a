"use strict";

const { execFile } = require("child_process");
const { verify, ReplayGuard } = require("./lib/signature");

function register(api) {
  const hooks = (api.pluginConfig && api.pluginConfig.hooks) || {};
  const replay = new ReplayGuard(600);
  const running = new Set();

  api.registerHttpRoute({
    path: "/hooks/run",
    auth: "plugin",
    async handler(req, res) {
      const name = decodeURIComponent(new URL(req.url, "http://x").pathname.replace(/^\/hooks\/run\/?/, ""));
      const hook = Object.prototype.hasOwnProperty.call(hooks, name) ? hooks[name] : null;
      if (req.method !== "POST" || !hook) {
        res.statusCode = 404;
        return res.end();
      }
      const chunks = [];
      let size = 0;
      for await (const c of req) {
        size += c.length;
        if (size > 1 << 20) {
          res.statusCode = 413;
          return res.end();
        }
        chunks.push(c);
      }
      const raw = Buffer.concat(chunks);
      const header = req.headers[(hook.signatureHeader || "x-hub-signature-256").toLowerCase()];
      if (!verify(hook.secret, raw, header)) {
        api.logger.warn(`webhook-runner: bad signature for hook "${name}"`);
        res.statusCode = 401;
        return res.end("invalid signature");
      }
      const delivery = req.headers["x-github-delivery"] || req.headers["x-request-id"];
      if (delivery && !replay.check(String(delivery))) {
        res.statusCode = 409;
        return res.end("replayed");
      }
      if (running.has(name)) {
        res.statusCode = 429;
        return res.end("already running");
      }

      running.add(name);
      res.statusCode = 202;
      res.end("accepted");

      const [file, ...args] = hook.command;
      const t0 = Date.now();
      execFile(
        file,
        args,
        {
          cwd: hook.cwd,
          timeout: (hook.timeoutSec || 300) * 1000,
          env: Object.assign({}, process.env, { WEBHOOK_NAME: name, WEBHOOK_DELIVERY: delivery || "" }),
          maxBuffer: 2 << 20,
        },
        async (err, stdout, stderr) => {
          running.delete(name);
          const summary = `hook "${name}" ${err ? `failed (${err.code || err.signal})` : "succeeded"} in ${((Date.now() - t0) / 1000).toFixed(1)}s`;
          api.logger.info(`webhook-runner: ${summary}`);
          if (hook.notifyAgent) {
            await api.runtime.system?.enqueueEvent?.(`[webhook-runner] ${summary}\n${String(err ? stderr : stdout).slice(-1500)}`);
          }
        }
      );
    },
  });

  api.logger.info(`webhook-runner: ${Object.keys(hooks).length} hook(s) at /hooks/run/<name>`);
}

module.exports = { id: "webhook-runner", name: "Webhook Runner", register };
