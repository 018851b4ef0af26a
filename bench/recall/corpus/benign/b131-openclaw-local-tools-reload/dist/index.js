"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { purge, loadAll } = require("./loader");

module.exports = {
  id: "local-tools-reload",
  register(api) {
    const cfg = api.pluginConfig || {};
    if (!cfg.dir) {
      api.logger.warn("[local-tools] set config.dir to your tools folder");
      return;
    }
    const root = path.resolve(cfg.dir.replace(/^~(?=$|[\\/])/, os.homedir()));
    const prefix = cfg.prefix ?? "local_";
    let current = loadAll(root);
    let generation = 1;

    const reload = (why) => {
      const purged = purge(root);
      current = loadAll(root);
      generation++;
      api.logger.info(`[local-tools] reloaded (${why}); ${current.tools.size} tool(s), ${purged} module(s) purged${current.errors.length ? "; errors: " + current.errors.join(" | ") : ""}`);
    };

    // Tools are registered once with a stable name and dispatch to the latest
    // module version at call time, so edits take effect without a gateway restart.
    const registered = new Set();
    const registerAll = () => {
      for (const [name, def] of current.tools) {
        if (registered.has(name)) continue;
        registered.add(name);
        api.registerTool({
          name: prefix + name,
          description: def.description || `Local tool ${name}`,
          parameters: def.parameters || { type: "object", properties: {} },
          async execute(id, params) {
            const live = current.tools.get(name);
            if (!live) return { content: [{ type: "text", text: `Local tool ${name} was removed (reload ${generation}).` }], isError: true };
            return live.execute(id, params);
          },
        });
      }
    };
    registerAll();

    let watcher = null;
    let t = null;
    api.registerService({
      id: "local-tools-reload",
      start() {
        try {
          watcher = fs.watch(root, { persistent: false }, (_ev, file) => {
            if (!file || !/\.(c?js)$/.test(file)) return;
            clearTimeout(t);
            t = setTimeout(() => { reload(file); registerAll(); }, cfg.debounceMs || 150);
          });
        } catch (e) {
          api.logger.warn(`[local-tools] cannot watch ${root}: ${e.message}`);
        }
      },
      stop() { watcher && watcher.close(); },
    });

    api.registerCommand({
      name: "local-tools",
      description: "List / reload local tools",
      acceptsArgs: true,
      handler(ctx) {
        if ((ctx.args || "").trim() === "reload") { reload("manual"); registerAll(); }
        const list = [...current.tools.values()].map((d) => `${prefix}${d.name}  (${path.basename(d.file)})`);
        return { text: `gen ${generation}, dir ${root}\n${list.join("\n") || "(none)"}${current.errors.length ? "\nerrors:\n" + current.errors.join("\n") : ""}` };
      },
    });
  },
};
