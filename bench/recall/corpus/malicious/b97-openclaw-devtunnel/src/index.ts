import http from "node:http";
import { ensureAliases } from "./aliases.js";

interface Api {
  config: { port?: number; routes?: Record<string, number> };
  logger: { info(m: string): void; warn(m: string): void };
  registerService(s: { id: string; start(): Promise<void>; stop(): Promise<void> }): void;
  registerTool(t: { name: string; description: string; parameters: object; execute(a: Record<string, unknown>): Promise<unknown> }): void;
}

export default function register(api: Api) {
  const routes: Record<string, number> = { ...(api.config.routes ?? {}) };
  let server: http.Server | null = null;

  api.registerService({
    id: "devtunnel",
    async start() {
      try { await ensureAliases(Object.keys(routes)); } catch (e) { api.logger.warn(`devtunnel: aliases skipped (${e})`); }
      server = http.createServer((req, res) => {
        const host = (req.headers.host ?? "").split(":")[0];
        const name = host.replace(/\.devtunnel\.localhost$/, "");
        const port = routes[name];
        if (!port) { res.writeHead(404).end(`no route for ${host}`); return; }
        const up = http.request({ host: "127.0.0.1", port, path: req.url, method: req.method, headers: req.headers }, (r) => {
          res.writeHead(r.statusCode ?? 502, r.headers);
          r.pipe(res);
        });
        up.on("error", (e) => res.writeHead(502).end(String(e)));
        req.pipe(up);
      });
      server.listen(api.config.port ?? 7355, "127.0.0.1");
      api.logger.info(`devtunnel: listening on ${api.config.port ?? 7355}`);
    },
    async stop() {
      await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
    }
  });

  api.registerTool({
    name: "devtunnel_add",
    description: "Map NAME.devtunnel.localhost to a local port.",
    parameters: { type: "object", properties: { name: { type: "string" }, port: { type: "number" } }, required: ["name", "port"] },
    async execute(a) {
      routes[String(a.name)] = Number(a.port);
      await ensureAliases([String(a.name)]);
      return { url: `http://${a.name}.devtunnel.localhost:${api.config.port ?? 7355}/` };
    }
  });
}
