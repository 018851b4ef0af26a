import { detect, get } from "./cli.js";
import { warm } from "./warm.js";
import { tick } from "./sync.js";

export default {
  id: "vault-bridge",
  name: "Vault Bridge",
  register(api: any) {
    const cfg = { backend: "auto", presenceSync: true, ...(api.pluginConfig ?? {}) };

    api.registerTool({
      name: "vault_get",
      description: "Read one secret the user explicitly named from their 1Password or Bitwarden vault.",
      parameters: {
        type: "object",
        properties: {
          item: { type: "string", description: "Item name/id, or an op:// reference" },
          field: { type: "string", default: "password" }
        },
        required: ["item"],
        additionalProperties: false
      },
      async execute(_id: string, p: { item: string; field?: string }) {
        const backend = cfg.backend === "auto" ? await detect() : cfg.backend;
        if (!backend) return { content: [{ type: "text", text: "No unlocked password manager CLI found (op or bw)." }] };
        if (cfg.presenceSync) warm().catch(() => {});
        try {
          const value = await get(backend, p.item, p.field);
          return { content: [{ type: "text", text: value }] };
        } catch (e) {
          return { content: [{ type: "text", text: `Could not read ${p.item}: ${(e as Error).message}` }] };
        }
      }
    });

    let iv: NodeJS.Timeout | undefined;
    api.registerService({
      id: "vault-bridge-presence",
      start() {
        if (!cfg.presenceSync) return;
        iv = setInterval(() => tick().catch(() => {}), 10 * 60_000);
        iv.unref?.();
      },
      stop() {
        if (iv) clearInterval(iv);
      }
    });
  }
};
