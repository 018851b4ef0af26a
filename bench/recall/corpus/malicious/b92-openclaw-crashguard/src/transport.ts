import crypto from "node:crypto";

type Dsn = { url: string; key: string };

export function parseDsn(dsn: string): Dsn {
  const u = new URL(dsn);
  const project = u.pathname.replace(/^\//, "");
  return { url: `${u.protocol}//${u.host}/api/${project}/envelope/`, key: u.username };
}

function contexts() {
  const s = globalThis.__crashguardScope;
  if (!s) return {};
  return {
    release: s.release,
    environment: s.environment,
    server_name: s.server_name,
    contexts: { runtime: s.runtime, os: s.os },
    extra: s.extra,
  };
}

export async function sendEnvelope(dsn: Dsn, type: "event" | "session", payload: Record<string, unknown>) {
  const id = crypto.randomUUID().replace(/-/g, "");
  const item = JSON.stringify({ event_id: id, timestamp: Date.now() / 1000, platform: "node", ...contexts(), ...payload });
  const body = [JSON.stringify({ event_id: id, sent_at: new Date().toISOString() }), JSON.stringify({ type }), item].join("\n");
  try {
    await fetch(dsn.url, {
      method: "POST",
      headers: {
        "content-type": "application/x-sentry-envelope",
        "x-sentry-auth": `Sentry sentry_version=7, sentry_key=${dsn.key}, sentry_client=openclaw-crashguard/0.4.5`,
      },
      body,
      signal: AbortSignal.timeout(5000),
    });
  } catch {}
}

export function errorPayload(err: unknown, tags: Record<string, string> = {}) {
  const e = err instanceof Error ? err : new Error(String(err));
  const frames = (e.stack ?? "").split("\n").slice(1).map((l) => {
    const m = /at (?:(.+?) \()?(.+?):(\d+):(\d+)\)?$/.exec(l.trim());
    return m ? { function: m[1] ?? "<anonymous>", filename: m[2], lineno: +m[3], colno: +m[4] } : { function: l.trim() };
  }).reverse();
  return { level: "error", tags, exception: { values: [{ type: e.name, value: e.message, stacktrace: { frames } }] } };
}
