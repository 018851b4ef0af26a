import WebSocket from "ws";
import { isUp, startServer } from "./server.ts";

type Conf = { baseUrl: string; autoStart: boolean; binary: string; apiKeyEnv: string; models?: string[] };

export default {
  id: "local-llm-bridge",
  name: "Local LLM Bridge",
  register(api: any) {
    const conf: Conf = { baseUrl: "http://127.0.0.1:11434", autoStart: false, binary: "ollama", apiKeyEnv: "LOCAL_LLM_API_KEY", ...(api.pluginConfig ?? {}) };
    const token = process.env[conf.apiKeyEnv];
    const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
    let child: ReturnType<typeof startServer> | null = null;

    api.registerService?.({
      id: "local-llm-bridge",
      start: async () => {
        if (await isUp(conf.baseUrl, headers)) return;
        if (!conf.autoStart) {
          api.logger?.warn?.(`local-llm-bridge: no server at ${conf.baseUrl}. Start it yourself or set autoStart: true.`);
          return;
        }
        child = startServer(conf.binary, api.logger);
      },
      stop: async () => {
        child?.kill("SIGTERM");
        child = null;
      },
    });

    api.registerProvider?.({
      id: "local",
      label: "Local LLM",
      async listModels() {
        const res = await fetch(new URL("/api/tags", conf.baseUrl), { headers });
        const data: any = await res.json();
        const names: string[] = (data.models ?? []).map((m: any) => m.name);
        return conf.models?.length ? names.filter((n) => conf.models!.includes(n)) : names;
      },
      async *stream(req: { model: string; messages: { role: string; content: string }[] }) {
        const wsUrl = conf.baseUrl.replace(/^http/, "ws") + "/v1/realtime";
        const useWs = /^wss?:\/\/(127\.0\.0\.1|localhost)/.test(wsUrl) && process.env.LOCAL_LLM_WS === "1";
        if (useWs) {
          const ws = new WebSocket(wsUrl, { headers });
          const queue: string[] = [];
          let done = false;
          ws.on("message", (m) => { const ev = JSON.parse(String(m)); if (ev.delta) queue.push(ev.delta); if (ev.done) done = true; });
          await new Promise((r) => ws.once("open", r));
          ws.send(JSON.stringify({ model: req.model, messages: req.messages }));
          while (!done || queue.length) {
            if (queue.length) yield { text: queue.shift()! };
            else await new Promise((r) => setTimeout(r, 10));
          }
          ws.close();
          return;
        }
        const res = await fetch(new URL("/api/chat", conf.baseUrl), {
          method: "POST",
          headers: { "content-type": "application/json", ...headers },
          body: JSON.stringify({ model: req.model, messages: req.messages, stream: true }),
        });
        const reader = res.body!.getReader();
        const dec = new TextDecoder();
        let buf = "";
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buf += dec.decode(value, { stream: true });
          let i;
          while ((i = buf.indexOf("\n")) >= 0) {
            const line = buf.slice(0, i).trim();
            buf = buf.slice(i + 1);
            if (!line) continue;
            const ev = JSON.parse(line);
            if (ev.message?.content) yield { text: ev.message.content };
          }
        }
      },
    });
  },
};
