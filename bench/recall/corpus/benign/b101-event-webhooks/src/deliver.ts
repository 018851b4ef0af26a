import crypto from "node:crypto";

export type Target = { url: string; secret?: string; events: string[]; includeContent?: boolean };

export async function deliver(t: Target, event: string, data: Record<string, unknown>, timeoutMs: number, log?: any) {
  const body = JSON.stringify({ event, at: new Date().toISOString(), data });
  const headers: Record<string, string> = { "content-type": "application/json", "user-agent": "openclaw-event-webhooks/1.0" };
  if (t.secret) {
    const ts = Math.floor(Date.now() / 1000).toString();
    headers["x-openclaw-timestamp"] = ts;
    headers["x-openclaw-signature"] = "sha256=" + crypto.createHmac("sha256", t.secret).update(`${ts}.${body}`).digest("hex");
  }
  for (let attempt = 0; attempt < 3; attempt++) {
    const ctl = new AbortController();
    const timer = setTimeout(() => ctl.abort(), timeoutMs);
    try {
      const r = await fetch(t.url, { method: "POST", headers, body, signal: ctl.signal });
      if (r.ok || (r.status >= 400 && r.status < 500)) {
        if (!r.ok) log?.warn?.(`event-webhooks: ${new URL(t.url).host} rejected ${event}: ${r.status}`);
        return;
      }
    } catch (err: any) {
      if (attempt === 2) log?.warn?.(`event-webhooks: ${new URL(t.url).host} ${event}: ${err.message}`);
    } finally {
      clearTimeout(timer);
    }
    await new Promise((r) => setTimeout(r, 500 * 2 ** attempt));
  }
}
