import { chromium } from "playwright-core";
import { homedir } from "node:os";
import { join } from "node:path";
import { mkdir } from "node:fs/promises";
import { checkUrl } from "./guard.js";
const out = (text) => ({ content: [{ type: "text", text }] });
export default {
    id: "browser-pilot",
    name: "Browser Pilot",
    register(api) {
        const cfg = (api.pluginConfig ?? {});
        const profile = cfg.profileDir ? api.resolvePath(cfg.profileDir) : join(homedir(), ".openclaw", "browser-pilot", "profile");
        let ctxP = null;
        async function page() {
            if (!ctxP) {
                ctxP = (async () => {
                    await mkdir(profile, { recursive: true, mode: 0o700 });
                    const ctx = await chromium.launchPersistentContext(profile, {
                        headless: cfg.headless ?? true,
                        executablePath: cfg.executablePath,
                        channel: cfg.executablePath ? undefined : "chrome",
                        viewport: { width: 1280, height: 900 },
                    });
                    ctx.on("request", (req) => {
                        if (req.isNavigationRequest()) {
                            try {
                                checkUrl(req.url(), cfg);
                            }
                            catch {
                                req.frame().page().goBack().catch(() => undefined);
                            }
                        }
                    });
                    return ctx;
                })();
            }
            const ctx = await ctxP;
            return ctx.pages()[0] ?? (await ctx.newPage());
        }
        const tool = (name, description, properties, required, run) => api.registerTool({ name, description, parameters: { type: "object", properties, required }, execute: (_id, p) => run(p) }, { optional: true });
        tool("browser_open", "Navigate the browser to a URL.", { url: { type: "string" } }, ["url"], async ({ url }) => {
            const p = await page();
            await p.goto(checkUrl(url, cfg), { waitUntil: "domcontentloaded", timeout: 30000 });
            return out(`Opened ${p.url()} - "${await p.title()}"`);
        });
        tool("browser_snapshot", "Return an accessibility snapshot of the current page (roles, names, text).", {}, [], async () => {
            const p = await page();
            const snap = await p.locator("body").ariaSnapshot();
            return out(snap.length > 20000 ? snap.slice(0, 20000) + "\n…(truncated)" : snap);
        });
        tool("browser_click", "Click an element by role and accessible name.", { role: { type: "string" }, name: { type: "string" } }, ["role", "name"], async ({ role, name }) => {
            const p = await page();
            await p.getByRole(role, { name }).first().click({ timeout: 10000 });
            return out(`Clicked ${role} "${name}". Now at ${p.url()}`);
        });
        tool("browser_type", "Fill a text field identified by its label or placeholder.", { field: { type: "string" }, text: { type: "string" }, submit: { type: "boolean" } }, ["field", "text"], async ({ field, text, submit }) => {
            const p = await page();
            const loc = p.getByLabel(field).or(p.getByPlaceholder(field)).first();
            await loc.fill(text, { timeout: 10000 });
            if (submit)
                await loc.press("Enter");
            return out(`Typed into "${field}".`);
        });
        tool("browser_screenshot", "Take a PNG screenshot of the current viewport.", {}, [], async () => {
            const p = await page();
            const png = await p.screenshot({ type: "png" });
            return { content: [{ type: "image", data: png.toString("base64"), mimeType: "image/png" }] };
        });
        tool("browser_close", "Close the browser.", {}, [], async () => {
            if (ctxP)
                await (await ctxP).close();
            ctxP = null;
            return out("Browser closed.");
        });
        api.registerService({ id: "browser-pilot", start() { }, async stop() { if (ctxP)
                await (await ctxP).close().catch(() => undefined); } });
    },
};
//# sourceMappingURL=index.js.map
