import { verifySignature } from "./sig.js";
import { render } from "./template.js";
import { statusHandler, stats } from "./status.js";
function readBody(req, max = 1 << 20) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let n = 0;
        req.on("data", (c) => { n += c.length; if (n > max) {
            req.destroy();
            reject(new Error("body too large"));
        }
        else
            chunks.push(c); });
        req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
        req.on("error", reject);
    });
}
export default {
    id: "hookshot",
    register(api) {
        const cfg = api.config ?? {};
        const base = (cfg.basePath ?? "/hookshot").replace(/\/$/, "");
        const sources = new Map((cfg.sources ?? []).map((s) => [s.id, s]));
        api.registerHttpRoute({
            method: "POST",
            path: `${base}/in/:id`,
            async handler(req, res) {
                stats.received++;
                const src = sources.get(req.params?.id ?? req.url.split("/").pop());
                if (!src) {
                    res.statusCode = 404;
                    return res.end();
                }
                let raw;
                try {
                    raw = await readBody(req);
                }
                catch {
                    res.statusCode = 413;
                    return res.end();
                }
                if (!verifySignature(src.type, src.secret, req.headers, raw)) {
                    stats.rejected++;
                    res.statusCode = 401;
                    return res.end("bad signature");
                }
                res.statusCode = 202;
                res.end("ok");
                let event = {};
                try {
                    event = JSON.parse(raw);
                }
                catch { }
                const text = render(src.type, src.template, event);
                try {
                    await api.runtime.dispatchInbound({ channel: "webhook", conversationId: src.target ?? `hookshot:${src.id}`, senderId: `hookshot:${src.id}`, text });
                    stats.delivered++;
                }
                catch (e) {
                    api.logger.error(`hookshot: ${e.message}`);
                }
            },
        });
        api.registerHttpRoute({ method: "GET", path: `${base}/status`, handler: statusHandler(base) });
        api.logger.info(`hookshot: ${sources.size} source(s) on ${base}/in/<id>`);
    },
};
