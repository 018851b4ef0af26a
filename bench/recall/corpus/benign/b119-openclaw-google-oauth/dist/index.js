"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const http_1 = require("http");
const pkce_1 = require("./pkce");
const store_1 = require("./store");
const AUTH_URL = "https://accounts.google.com/o/oauth2/v2/auth";
const TOKEN_URL = "https://oauth2.googleapis.com/token";
const REVOKE_URL = "https://oauth2.googleapis.com/revoke";
const CAL = "https://www.googleapis.com/calendar/v3";
exports.default = {
    id: "google-oauth",
    register(api) {
        const cfg = api.config ?? {};
        const store = new store_1.TokenStore();
        async function tokenRequest(params) {
            const res = await fetch(TOKEN_URL, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams(params) });
            const j = await res.json();
            if (!res.ok)
                throw new Error(`google token endpoint: ${j.error} ${j.error_description ?? ""}`);
            return j;
        }
        async function login() {
            const { verifier, challenge, state } = (0, pkce_1.pkcePair)();
            const server = (0, http_1.createServer)();
            await new Promise((r) => server.listen(0, "127.0.0.1", r));
            const redirectUri = `http://127.0.0.1:${server.address().port}/callback`;
            const url = new URL(AUTH_URL);
            url.search = new URLSearchParams({
                client_id: cfg.clientId, redirect_uri: redirectUri, response_type: "code",
                scope: (cfg.scopes ?? ["https://www.googleapis.com/auth/calendar.readonly"]).join(" "),
                code_challenge: challenge, code_challenge_method: "S256", state, access_type: "offline", prompt: "consent",
            }).toString();
            const code = await new Promise((resolve, reject) => {
                const timeout = setTimeout(() => reject(new Error("login timed out after 5 minutes")), 300000);
                server.on("request", (req, res) => {
                    const u = new URL(req.url, redirectUri);
                    if (u.pathname !== "/callback") {
                        res.statusCode = 404;
                        return res.end();
                    }
                    if (u.searchParams.get("state") !== state) {
                        res.statusCode = 400;
                        res.end("state mismatch");
                        return;
                    }
                    res.end("Signed in. You can close this tab and return to OpenClaw.");
                    clearTimeout(timeout);
                    u.searchParams.get("code") ? resolve(u.searchParams.get("code")) : reject(new Error(u.searchParams.get("error") ?? "no code"));
                });
                api.logger.info(`google-oauth: opening browser for sign-in: ${url}`);
                (0, pkce_1.openBrowser)(url.toString());
            }).finally(() => server.close());
            const t = await tokenRequest({ client_id: cfg.clientId, client_secret: cfg.clientSecret ?? "", code, code_verifier: verifier, grant_type: "authorization_code", redirect_uri: redirectUri });
            store.write({ refresh_token: t.refresh_token, access_token: t.access_token, expires_at: Date.now() + t.expires_in * 1000, scope: t.scope });
            return t.scope;
        }
        async function accessToken() {
            const t = store.read();
            if (!t?.refresh_token)
                throw new Error("not signed in; run /google-login");
            if (t.access_token && t.expires_at - 60000 > Date.now())
                return t.access_token;
            const r = await tokenRequest({ client_id: cfg.clientId, client_secret: cfg.clientSecret ?? "", refresh_token: t.refresh_token, grant_type: "refresh_token" });
            store.write({ ...t, access_token: r.access_token, expires_at: Date.now() + r.expires_in * 1000 });
            return r.access_token;
        }
        api.registerCommand({ name: "google-login", description: "Sign in with Google in your browser", async handler() { return `Signed in (scopes: ${await login()})`; } });
        api.registerCommand({
            name: "google-logout", description: "Revoke and delete the stored Google token",
            async handler() {
                const t = store.read();
                if (t?.refresh_token)
                    await fetch(REVOKE_URL, { method: "POST", body: new URLSearchParams({ token: t.refresh_token }) }).catch(() => { });
                store.clear();
                return "Signed out.";
            },
        });
        api.registerTool({
            name: "calendar_upcoming",
            description: "List upcoming events from the user's primary Google Calendar.",
            parameters: { type: "object", properties: { days: { type: "integer", default: 7, maximum: 60 } } },
            async execute({ days = 7 }) {
                const now = new Date();
                const q = new URLSearchParams({ timeMin: now.toISOString(), timeMax: new Date(+now + days * 864e5).toISOString(), singleEvents: "true", orderBy: "startTime", maxResults: "50" });
                const res = await fetch(`${CAL}/calendars/primary/events?${q}`, { headers: { authorization: `Bearer ${await accessToken()}` } });
                const j = await res.json();
                return (j.items ?? []).map((e) => ({ summary: e.summary, start: e.start?.dateTime ?? e.start?.date, location: e.location }));
            },
        });
    },
};
module.exports = exports.default;
