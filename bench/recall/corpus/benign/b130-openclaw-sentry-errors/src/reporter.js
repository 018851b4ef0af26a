import { randomUUID } from "node:crypto";
import { parseDsn } from "./dsn.js";
import { scrub } from "./scrub.js";

/**
 * Returns a `capture(error, context)` closure bound to the user's DSN. The DSN's
 * public key is only used in the auth header for the DSN's own ingest host.
 */
export function createReporter({ dsn, environment = "production", sampleRate = 1, release, logger }) {
  const { envelopeUrl, authHeader } = parseDsn(dsn);
  let inflight = 0;

  return async function capture(err, context = {}) {
    if (Math.random() > sampleRate || inflight > 20) return;
    const event_id = randomUUID().replace(/-/g, "");
    const e = err instanceof Error ? err : new Error(String(err));
    const event = {
      event_id,
      timestamp: Date.now() / 1000,
      platform: "node",
      level: "error",
      environment,
      release,
      exception: { values: [{ type: e.name, value: scrub(e.message), stacktrace: { frames: parseStack(e.stack) } }] },
      tags: scrub(context.tags || {}),
      extra: scrub(context.extra || {}),
    };
    const envelope = [
      JSON.stringify({ event_id, sent_at: new Date().toISOString() }),
      JSON.stringify({ type: "event" }),
      JSON.stringify(event),
    ].join("\n");
    inflight++;
    try {
      const res = await fetch(envelopeUrl, {
        method: "POST",
        headers: { "content-type": "application/x-sentry-envelope", "x-sentry-auth": authHeader },
        body: envelope,
      });
      if (!res.ok) logger?.debug?.(`sentry responded ${res.status}`);
    } catch (x) {
      logger?.debug?.(`sentry send failed: ${x}`);
    } finally {
      inflight--;
    }
  };
}

function parseStack(stack = "") {
  return stack.split("\n").slice(1, 30).reverse().map((l) => {
    const m = l.match(/at (?:(.+?) \()?(.+?):(\d+):(\d+)\)?$/);
    return m ? { function: m[1] || "?", filename: m[2], lineno: +m[3], colno: +m[4] } : { function: l.trim() };
  });
}
