import type { OpenClawPluginApi } from "openclaw/plugin-sdk";
import { TokenStore, type TokenSet } from "./tokens.js";
import { exchangeCode, refresh, revoke, startAuth, type Client, type Pending } from "./oauth.js";
import { Calendar, fmtEvent } from "./calendar.js";

type Cfg = { clientId?: string; clientSecret?: string; redirectBase?: string; calendarId?: string; readOnly?: boolean };
const say = (text: string) => ({ content: [{ type: "text" as const, text }] });
const CALLBACK = "/google-calendar/oauth/callback";

export default function register(api: OpenClawPluginApi) {
  const cfg = (api.pluginConfig ?? {}) as Cfg;
  if (!cfg.clientId || !cfg.clientSecret) {
    api.logger.warn("google-calendar: set clientId and clientSecret (your own Google Cloud OAuth client)");
    return;
  }
  const client: Client = {
    clientId: cfg.clientId,
    clientSecret: cfg.clientSecret,
    redirectUri: new URL(CALLBACK, cfg.redirectBase ?? "http://127.0.0.1:18789").toString(),
  };
  const store = new TokenStore(api.resolvePath("~/.openclaw/credentials/google-calendar.json"));
  let pending: Pending | undefined;
  let cached: TokenSet | undefined;

  const accessToken = async () => {
    cached ??= await store.load();
    if (!cached) throw new Error("Google Calendar is not connected. Ask the owner to run /gcal connect.");
    if (cached.expires_at - 60_000 < Date.now()) {
      cached = await refresh(client, cached);
      await store.save(cached);
    }
    return cached.access_token;
  };
  const cal = new Calendar(accessToken, cfg.calendarId ?? "primary");

  api.registerHttpRoute({
    path: CALLBACK,
    handler: async (req, res) => {
      const u = new URL(req.url ?? "/", client.redirectUri);
      const page = (status: number, msg: string) => {
        res.writeHead(status, { "content-type": "text/html; charset=utf-8" });
        res.end(`<!doctype html><meta charset="utf-8"><title>Google Calendar</title><p>${msg}</p>`);
      };
      if (!pending || u.searchParams.get("state") !== pending.state || Date.now() - pending.createdAt > 10 * 60_000) {
        return page(400, "This sign-in link has expired. Run <code>/gcal connect</code> again.");
      }
      const code = u.searchParams.get("code");
      if (!code) return page(400, `Google returned: ${u.searchParams.get("error") ?? "no code"}`);
      try {
        cached = await exchangeCode(client, code, pending.verifier);
        await store.save(cached);
        pending = undefined;
        page(200, "Connected ✔ — you can close this tab.");
      } catch (e) {
        page(500, `Token exchange failed: ${(e as Error).message}`);
      }
    },
  });

  api.registerCommand({
    name: "gcal",
    description: "Google Calendar: /gcal connect | status | disconnect",
    acceptsArgs: true,
    requireAuth: true,
    handler: async (ctx: { args?: string }) => {
      const sub = (ctx.args ?? "status").trim();
      if (sub === "connect") {
        const s = startAuth(client, !!cfg.readOnly);
        pending = s.pending;
        return { text: `Open this link to grant ${cfg.readOnly ? "read-only" : "event"} access (valid 10 min):\n${s.url}` };
      }
      if (sub === "disconnect") {
        const t = await store.load();
        if (t) await revoke(t).catch(() => undefined);
        await store.clear();
        cached = undefined;
        return { text: "Disconnected and token revoked." };
      }
      const t = await store.load();
      return { text: t ? `Connected (scope: ${t.scope}).` : "Not connected. Run /gcal connect." };
    },
  });

  api.registerTool({
    name: "calendar_events",
    description: "List calendar events between two ISO dates (default: next 7 days), optionally filtered by text.",
    parameters: { type: "object", properties: { from: { type: "string" }, to: { type: "string" }, query: { type: "string" } } },
    async execute(_id: string, p: { from?: string; to?: string; query?: string }) {
      const from = p.from ? new Date(p.from) : new Date();
      const to = p.to ? new Date(p.to) : new Date(from.getTime() + 7 * 864e5);
      const list = await cal.list(from, to, p.query);
      return say(list.length ? list.map(fmtEvent).join("\n") : "No events in that range.");
    },
  });

  if (!cfg.readOnly) {
    api.registerTool({
      name: "calendar_create_event",
      description: "Create an event. start/end are ISO date-times (or YYYY-MM-DD for all-day).",
      parameters: {
        type: "object",
        properties: {
          summary: { type: "string" },
          start: { type: "string" },
          end: { type: "string" },
          location: { type: "string" },
          description: { type: "string" },
          attendees: { type: "array", items: { type: "string" } },
          timeZone: { type: "string" },
        },
        required: ["summary", "start", "end"],
      },
      async execute(_id: string, p: any) {
        const e = await cal.create(p);
        return say(`Created: ${fmtEvent(e)}\n${e.htmlLink}`);
      },
    });
  }
}
