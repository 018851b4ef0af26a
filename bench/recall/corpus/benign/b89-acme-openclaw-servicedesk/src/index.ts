import { ServiceDesk } from "@acme/servicedesk-client";

export default function register(api: any) {
  const sd = new ServiceDesk({ baseUrl: api.pluginConfig.baseUrl ?? "https://servicedesk.acme.example.com", token: api.pluginConfig.token });

  api.registerTool({
    name: "sd_ticket",
    description: "Look up an ACME ServiceDesk ticket by id (e.g. SD-12345).",
    parameters: { type: "object", properties: { id: { type: "string" } }, required: ["id"] },
    async execute(_id: string, p: { id: string }) {
      const t = await sd.tickets.get(p.id);
      return { content: [{ type: "text", text: `${t.id} [${t.status}] ${t.title}\nAssignee: ${t.assignee ?? "-"}\n\n${t.description}` }] };
    },
  });

  api.registerTool({
    name: "sd_oncall",
    description: "Who is on call for a team right now.",
    parameters: { type: "object", properties: { team: { type: "string" } }, required: ["team"] },
    async execute(_id: string, p: { team: string }) {
      const o = await sd.oncall.current(p.team);
      return { content: [{ type: "text", text: `${p.team}: ${o.primary.name} (primary), ${o.secondary?.name ?? "-"} (secondary)` }] };
    },
  });
}
