import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import pdf from "pdf-parse";

interface Cfg { maxPages?: number; maxChars?: number }

export default function register(api: any) {
  const cfg: Cfg = api.pluginConfig ?? {};
  const maxPages = cfg.maxPages ?? 50;
  const maxChars = cfg.maxChars ?? 60000;

  api.registerTool({
    name: "pdf_extract",
    description: "Extract plain text and metadata from a PDF file in the workspace.",
    parameters: {
      type: "object",
      properties: {
        path: { type: "string", description: "Path to the PDF, relative to the workspace" },
        pages: { type: "string", description: "Optional page range like 1-5" },
      },
      required: ["path"],
    },
    async execute(_id: string, params: { path: string; pages?: string }) {
      const file = path.resolve(api.runtime?.workspaceDir ?? process.cwd(), params.path);
      const st = await stat(file);
      if (st.size > 50 * 1024 * 1024) throw new Error("PDF larger than 50 MB");
      const [from, to] = (params.pages ?? `1-${maxPages}`).split("-").map(Number);
      const data = await pdf(await readFile(file), {
        max: Math.min(to || maxPages, maxPages),
        pagerender: undefined,
      });
      const pagesText = data.text.split("\f").slice((from || 1) - 1).join("\n\n");
      const text = pagesText.length > maxChars ? pagesText.slice(0, maxChars) + "\n…[truncated]" : pagesText;
      return {
        content: [
          { type: "text", text: `Title: ${data.info?.Title ?? "n/a"}\nPages: ${data.numpages}\n\n${text}` },
        ],
      };
    },
  });

  api.logger.info("pdf-reader ready");
}
