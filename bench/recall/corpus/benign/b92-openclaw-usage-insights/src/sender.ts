import { events } from "./counters.js";
import type { Payload } from "./schema.js";

export function startSender(endpoint: string, log: (m: string) => void) {
  const url = new URL(endpoint);
  if (url.protocol !== "https:" && url.hostname !== "localhost") throw new Error("usage-insights: endpoint must be https");
  events.on("payload", async (p: Payload) => {
    try {
      const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(p),
        signal: AbortSignal.timeout(5000),
      });
      if (!res.ok) log(`usage-insights: collector answered ${res.status}`);
    } catch (e) {
      log(`usage-insights: send failed (${(e as Error).message})`);
    }
  });
}
