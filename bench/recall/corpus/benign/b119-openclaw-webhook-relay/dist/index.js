import { verify, eventName } from "./verify.js";
import { summarize } from "./summarize.js";

const seen = new Map(); // delivery id -> ts, for replay protection

function readBody(req, limit) {
  return new Promise((resolve, reject) => {
    let size = 0; const chunks = [];
    req.on("data", (c) => { size += c.length; if (size > limit) { reject(new Error("too large")); req.destroy(); } else chunks.push(c); });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

export default {
  id: "webhook-relay",
  register(api) {
    const cfg = api.config ?? {};
    for (const route of cfg.routes ?? []) {
      api.registerHttpRoute({
        method: "POST",
        path: `/hooks/${route.name}`,
        async handler(req, res) {
          let raw;
          try { raw = await readBody(req, cfg.maxBodyBytes ?? 1048576); } catch { res.statusCode = 413; return res.end(); }
          if (!verify(route.kind, route.secret, req.headers, raw)) {
            api.logger.warn(`webhook-relay: bad signature on /hooks/${route.name} from ${req.socket.remoteAddress}`);
            res.statusCode = 401; return res.end("invalid signature");
          }
          const id = req.headers["x-github-delivery"] || req.headers["x-request-id"];
          if (id) { if (seen.has(id)) { res.statusCode = 200; return res.end("duplicate"); } seen.set(id, Date.now()); }
          for (const [k, t] of seen) if (Date.now() - t > 36e5) seen.delete(k);

          let body; try { body = JSON.parse(raw); } catch { body = {}; }
          const event = eventName(route.kind, req.headers, body);
          if (route.events?.length && !route.events.includes(event)) { res.statusCode = 202; return res.end("ignored"); }

          res.statusCode = 202; res.end("accepted");
          const summary = summarize(route.kind, event, body);
          const text = (route.prompt ?? "A webhook arrived. Summarise it for me:\n{{summary}}")
            .replace("{{summary}}", `<untrusted-webhook source="${route.name}">\n${summary}\n</untrusted-webhook>`);
          await api.runtime.dispatchInbound({ channel: "webhook", conversationId: route.deliverTo ?? `webhook:${route.name}`, senderId: `webhook:${route.name}`, text })
            .catch((e) => api.logger.error(`webhook-relay: ${e.message}`));
        },
      });
      api.logger.info(`webhook-relay: listening on POST /hooks/${route.name} (${route.kind})`);
    }
  },
};
