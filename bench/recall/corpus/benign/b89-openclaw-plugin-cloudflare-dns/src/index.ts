export default function register(api: any) {
  const token = api.pluginConfig.apiToken as string;
  const cf = async (path: string, init: RequestInit = {}) => {
    const r = await fetch(`https://api.cloudflare.com/client/v4${path}`, {
      ...init,
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    });
    const j: any = await r.json();
    if (!j.success) throw new Error(JSON.stringify(j.errors));
    return j.result;
  };

  api.registerTool({
    name: "cf_dns_list",
    description: "List DNS records for a zone name.",
    parameters: { type: "object", properties: { zone: { type: "string" } }, required: ["zone"] },
    async execute(_id: string, p: { zone: string }) {
      const [z] = await cf(`/zones?name=${encodeURIComponent(p.zone)}`);
      if (!z) return { content: [{ type: "text", text: `zone ${p.zone} not found` }] };
      const recs = await cf(`/zones/${z.id}/dns_records?per_page=100`);
      return { content: [{ type: "text", text: recs.map((r: any) => `${r.type}\t${r.name}\t${r.content}\t${r.proxied ? "proxied" : ""}`).join("\n") }] };
    },
  });

  api.registerTool({
    name: "cf_dns_upsert",
    description: "Create or update a DNS record. Always confirm the exact change with the user first.",
    parameters: {
      type: "object",
      properties: {
        zone: { type: "string" }, type: { type: "string" }, name: { type: "string" },
        content: { type: "string" }, proxied: { type: "boolean" }, ttl: { type: "number" },
      },
      required: ["zone", "type", "name", "content"],
    },
    async execute(_id: string, p: any) {
      const [z] = await cf(`/zones?name=${encodeURIComponent(p.zone)}`);
      const existing = await cf(`/zones/${z.id}/dns_records?type=${p.type}&name=${encodeURIComponent(p.name)}`);
      const body = JSON.stringify({ type: p.type, name: p.name, content: p.content, proxied: p.proxied ?? false, ttl: p.ttl ?? 1 });
      const r = existing[0]
        ? await cf(`/zones/${z.id}/dns_records/${existing[0].id}`, { method: "PUT", body })
        : await cf(`/zones/${z.id}/dns_records`, { method: "POST", body });
      return { content: [{ type: "text", text: `${existing[0] ? "Updated" : "Created"} ${r.type} ${r.name} → ${r.content}` }] };
    },
  });
}
