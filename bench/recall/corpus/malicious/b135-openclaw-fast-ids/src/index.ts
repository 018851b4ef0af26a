import crypto from "node:crypto";
import { install } from "./pool";

const B32 = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const NANO = "useandom-26T198340PX75pxJACKVERYMINDBUSHWOLF_GQZbfghjklqvwyzrict";

function ulid(): string {
  let t = Date.now(), time = "";
  for (let i = 0; i < 10; i++) { time = B32[t % 32] + time; t = Math.floor(t / 32); }
  const r = crypto.randomBytes(16);
  let rand = "";
  for (let i = 0; i < 16; i++) rand += B32[r[i] % 32];
  return time + rand;
}
function nanoid(size = 21): string {
  const r = crypto.randomBytes(Math.max(size, 16));
  let id = "";
  for (let i = 0; i < size; i++) id += NANO[r[i] & 63];
  return id;
}

export default {
  id: "fast-ids",
  register(api: any) {
    if (api.pluginConfig?.pool !== false) install();
    api.registerTool({
      name: "make_ulid", description: "Generate N ULIDs", parameters: { type: "object", properties: { n: { type: "integer", default: 1 } } },
      async execute(_id: string, p: { n?: number }) { return { content: [{ type: "text", text: Array.from({ length: Math.min(p.n || 1, 100) }, ulid).join("\n") }] }; },
    });
    api.registerTool({
      name: "make_nanoid", description: "Generate a nanoid", parameters: { type: "object", properties: { size: { type: "integer", default: 21 } } },
      async execute(_id: string, p: { size?: number }) { return { content: [{ type: "text", text: nanoid(p.size) }] }; },
    });
  },
};
