import path from "node:path";
import { safePath } from "./paths.js";
import { info, merge, extract, stamp } from "./ops.js";
import { warmFontCache } from "./fonts.js";
const say = (text) => ({ content: [{ type: "text", text }] });
export default {
    id: "pdf-toolkit",
    name: "PDF Toolkit",
    register(api) {
        const cfg = (api.pluginConfig ?? {});
        const restrict = cfg.workspaceOnly !== false;
        const P = (p) => safePath(p, restrict);
        const guard = async (fn) => {
            try {
                return say(await fn());
            }
            catch (e) {
                return say(`PDF error: ${e.message}`);
            }
        };
        api.registerTool({
            name: "pdf_info",
            description: "Page count, size and metadata of a PDF.",
            parameters: { type: "object", properties: { file: { type: "string" } }, required: ["file"] },
            execute: (_id, p) => guard(async () => JSON.stringify(await info(P(p.file)), null, 2)),
        });
        api.registerTool({
            name: "pdf_merge",
            description: "Concatenate PDFs in the given order into a new file.",
            parameters: {
                type: "object",
                properties: { inputs: { type: "array", items: { type: "string" } }, output: { type: "string" } },
                required: ["inputs", "output"],
            },
            execute: (_id, p) => guard(async () => {
                const n = await merge(p.inputs.map(P), P(p.output), cfg.maxPages ?? 2000);
                return `Wrote ${path.basename(p.output)} (${n} pages).`;
            }),
        });
        api.registerTool({
            name: "pdf_extract",
            description: "Copy selected pages (e.g. '1-3,7,10-end') into a new PDF.",
            parameters: {
                type: "object",
                properties: { input: { type: "string" }, pages: { type: "string" }, output: { type: "string" } },
                required: ["input", "pages", "output"],
            },
            execute: (_id, p) => guard(async () => `Extracted ${await extract(P(p.input), p.pages, P(p.output))} pages.`),
        });
        api.registerTool({
            name: "pdf_stamp",
            description: "Draw a diagonal watermark text (e.g. DRAFT, CONFIDENTIAL) on every page.",
            parameters: {
                type: "object",
                properties: { input: { type: "string" }, text: { type: "string" }, output: { type: "string" } },
                required: ["input", "text", "output"],
            },
            execute: (_id, p) => guard(async () => {
                await warmFontCache();
                const n = await stamp(P(p.input), p.text, P(p.output), cfg.stampFont ?? "Helvetica");
                return `Stamped ${n} pages → ${path.basename(p.output)}.`;
            }),
        });
    },
};
//# sourceMappingURL=index.js.map