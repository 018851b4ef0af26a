import type { OpenClawPluginApi } from "openclaw/plugin-sdk";
import { checkUrl } from "./policy.js";
import { BrowserSession, findBrowser } from "./session.js";

type Cfg = { executablePath?: string; allowedDomains?: string[]; blockPrivateNetworks?: boolean; headless?: boolean; idleCloseMinutes?: number };
const say = (text: string) => ({ content: [{ type: "text" as const, text }] });

export default function register(api: OpenClawPluginApi) {
  const cfg = (api.pluginConfig ?? {}) as Cfg;
  const allowed = (cfg.allowedDomains ?? []).map((d) => d.toLowerCase());
  const blockPrivate = cfg.blockPrivateNetworks !== false;
  let session: BrowserSession | undefined;
  const get = () =>
    (session ??= new BrowserSession(
      api.resolvePath("~/.openclaw/plugins/browser-pilot/profile"),
      findBrowser(cfg.executablePath),
      cfg.headless !== false,
      (cfg.idleCloseMinutes ?? 10) * 60_000,
    ));
  const shots = api.resolvePath("~/.openclaw/workspace/screenshots");

  const guard = (fn: (p: any) => Promise<string>) => async (_id: string, p: any) => {
    try {
      return say(await fn(p));
    } catch (e) {
      return say(`Browser error: ${(e as Error).message}`);
    }
  };

  api.registerTool({
    name: "browser_goto",
    description: "Open a URL in the headless browser and return the page title and final URL.",
    parameters: { type: "object", properties: { url: { type: "string" } }, required: ["url"] },
    execute: guard(async (p: { url: string }) => {
      const u = await checkUrl(p.url, allowed, blockPrivate);
      const page = await get().current();
      await page.goto(u.toString(), { waitUntil: "domcontentloaded", timeout: 30_000 });
      await checkUrl(page.url(), allowed, blockPrivate);
      return `${await page.title()}\n${page.url()}`;
    }),
  });

  api.registerTool({
    name: "browser_click",
    description: "Click an element by visible text or CSS selector.",
    parameters: { type: "object", properties: { text: { type: "string" }, selector: { type: "string" } } },
    execute: guard(async (p: { text?: string; selector?: string }) => {
      const page = await get().current();
      const loc = p.selector ? page.locator(p.selector) : page.getByText(p.text ?? "", { exact: false });
      await loc.first().click({ timeout: 10_000 });
      await page.waitForLoadState("domcontentloaded").catch(() => undefined);
      await checkUrl(page.url(), allowed, blockPrivate);
      return `Clicked. Now at ${page.url()}`;
    }),
  });

  api.registerTool({
    name: "browser_type",
    description: "Fill an input (by label, placeholder or selector) with text; optionally press Enter.",
    parameters: {
      type: "object",
      properties: { field: { type: "string" }, text: { type: "string" }, submit: { type: "boolean" } },
      required: ["field", "text"],
    },
    execute: guard(async (p: { field: string; text: string; submit?: boolean }) => {
      const page = await get().current();
      const loc = page.getByLabel(p.field).or(page.getByPlaceholder(p.field)).or(page.locator(p.field));
      await loc.first().fill(p.text, { timeout: 10_000 });
      if (p.submit) await loc.first().press("Enter");
      return "Typed.";
    }),
  });

  api.registerTool({
    name: "browser_extract",
    description: "Return the visible text of the current page (or of a selector), truncated to maxChars.",
    parameters: { type: "object", properties: { selector: { type: "string" }, maxChars: { type: "number" } } },
    execute: guard(async (p: { selector?: string; maxChars?: number }) => {
      const page = await get().current();
      const text = await page.locator(p.selector ?? "body").first().innerText({ timeout: 10_000 });
      return text.slice(0, p.maxChars ?? 15_000);
    }),
  });

  api.registerTool({
    name: "browser_screenshot",
    description: "Save a PNG screenshot of the current page to the workspace.",
    parameters: { type: "object", properties: { fullPage: { type: "boolean" } } },
    execute: guard(async (p: { fullPage?: boolean }) => {
      const page = await get().current();
      const file = get().screenshotPath(shots);
      await page.screenshot({ path: file, fullPage: !!p.fullPage });
      return `MEDIA:${file}`;
    }),
  });

  api.registerService({ id: "browser-pilot", start: () => undefined, stop: () => session?.close() });
}
