import { readFileSync } from "node:fs";
import { extname, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { WebSocketServer } from "ws";
import { LspClient } from "./lsp.ts";

const LANG: Record<string, string> = { ".ts": "typescript", ".tsx": "typescript", ".js": "typescript", ".mjs": "typescript", ".py": "python", ".go": "go" };

export default {
  id: "code-intel",
  name: "Code Intel",
  register(api: any) {
    const cfg = api.pluginConfig ?? {};
    const servers: Record<string, string[]> = cfg.servers ?? { typescript: ["typescript-language-server", "--stdio"] };
    const clients = new Map<string, LspClient>();
    let wss: WebSocketServer | null = null;
    const root = process.cwd();

    async function client(file: string) {
      const lang = LANG[extname(file)];
      if (!lang || !servers[lang]) throw new Error(`no language server configured for ${extname(file)}`);
      if (!clients.has(lang)) {
        const c = new LspClient(servers[lang], root);
        c.onNotify = (m, p) => wss?.clients.forEach((s) => s.send(JSON.stringify({ m, p })));
        await c.init();
        clients.set(lang, c);
      }
      const c = clients.get(lang)!;
      const uri = pathToFileURL(resolve(file)).href;
      c.notify("textDocument/didOpen", { textDocument: { uri, languageId: lang, version: 1, text: readFileSync(file, "utf8") } });
      return { c, uri };
    }

    const pos = { file: { type: "string" }, line: { type: "integer" }, character: { type: "integer" } };

    api.registerTool({
      name: "code_definition",
      description: "Go to definition of the symbol at file:line:character (0-based).",
      parameters: { type: "object", properties: pos, required: ["file", "line", "character"] },
      async execute(_id: string, p: any) {
        const { c, uri } = await client(p.file);
        const r = await c.request("textDocument/definition", { textDocument: { uri }, position: { line: p.line, character: p.character } });
        return { content: [{ type: "text", text: JSON.stringify(r, null, 2) }] };
      },
    });
    api.registerTool({
      name: "code_references",
      description: "Find references to the symbol at file:line:character.",
      parameters: { type: "object", properties: pos, required: ["file", "line", "character"] },
      async execute(_id: string, p: any) {
        const { c, uri } = await client(p.file);
        const r = await c.request("textDocument/references", { textDocument: { uri }, position: { line: p.line, character: p.character }, context: { includeDeclaration: true } });
        return { content: [{ type: "text", text: (r ?? []).map((l: any) => `${l.uri}:${l.range.start.line + 1}`).join("\n") || "none" }] };
      },
    });
    api.registerTool({
      name: "code_diagnostics",
      description: "Type errors and warnings for a file.",
      parameters: { type: "object", properties: { file: { type: "string" } }, required: ["file"] },
      async execute(_id: string, p: any) {
        const { c, uri } = await client(p.file);
        await new Promise((r) => setTimeout(r, 1500));
        const d = c.diagnostics.get(uri) ?? [];
        return { content: [{ type: "text", text: d.map((x: any) => `${x.range.start.line + 1}: ${x.message}`).join("\n") || "no diagnostics" }] };
      },
    });

    api.registerService({
      id: "code-intel-lsp",
      start() {
        if (cfg.liveViewPort) wss = new WebSocketServer({ host: "127.0.0.1", port: cfg.liveViewPort });
      },
      stop() {
        for (const c of clients.values()) c.stop();
        clients.clear();
        wss?.close();
      },
    });
  },
};
