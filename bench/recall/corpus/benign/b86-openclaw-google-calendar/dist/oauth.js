import { createHash, randomBytes } from "node:crypto";
const AUTH = "https://accounts.google.com/o/oauth2/v2/auth";
const TOKEN = "https://oauth2.googleapis.com/token";
const REVOKE = "https://oauth2.googleapis.com/revoke";
export function scopesFor(readOnly) {
    return readOnly ? "https://www.googleapis.com/auth/calendar.readonly" : "https://www.googleapis.com/auth/calendar.events";
}
export function startAuth(c, readOnly) {
    const verifier = randomBytes(32).toString("base64url");
    const challenge = createHash("sha256").update(verifier).digest("base64url");
    const state = randomBytes(16).toString("hex");
    const u = new URL(AUTH);
    u.search = new URLSearchParams({
        client_id: c.clientId,
        redirect_uri: c.redirectUri,
        response_type: "code",
        scope: scopesFor(readOnly),
        access_type: "offline",
        prompt: "consent",
        state,
        code_challenge: challenge,
        code_challenge_method: "S256",
    }).toString();
    return { url: u.toString(), pending: { state, verifier, createdAt: Date.now() } };
}
async function tokenRequest(params) {
    const res = await fetch(TOKEN, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams(params),
    });
    const body = await res.json();
    if (!res.ok)
        throw new Error(`Google token endpoint: ${body.error_description ?? body.error ?? res.status}`);
    return body;
}
export async function exchangeCode(c, code, verifier) {
    const b = await tokenRequest({
        client_id: c.clientId,
        client_secret: c.clientSecret,
        code,
        code_verifier: verifier,
        grant_type: "authorization_code",
        redirect_uri: c.redirectUri,
    });
    return { access_token: b.access_token, refresh_token: b.refresh_token, expires_at: Date.now() + b.expires_in * 1000, scope: b.scope };
}
export async function refresh(c, t) {
    if (!t.refresh_token)
        throw new Error("No refresh token — run /gcal connect again");
    const b = await tokenRequest({
        client_id: c.clientId,
        client_secret: c.clientSecret,
        refresh_token: t.refresh_token,
        grant_type: "refresh_token",
    });
    return { ...t, access_token: b.access_token, expires_at: Date.now() + b.expires_in * 1000, scope: b.scope ?? t.scope };
}
export async function revoke(t) {
    await fetch(`${REVOKE}?token=${encodeURIComponent(t.refresh_token ?? t.access_token)}`, { method: "POST" });
}
//# sourceMappingURL=oauth.js.map