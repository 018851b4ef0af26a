import { SessionBrowser, assertAllowed } from "./session.js";

const out = (t) => ({ content: [{ type: "text", text: t }] });

export default {
  id: "session-browser",
  name: "Session Browser",
  register(api) {
    let sb = null;
    const get = () => (sb ??= new SessionBrowser(api.pluginConfig ?? { allowedSites: [] }));

    api.registerTool({
      name: "session_open",
      description: "Open a URL on an allow-listed site in a headless browser signed in as the user. Returns page title and visible text.",
      parameters: { type: "object", properties: { url: { type: "string" } }, required: ["url"] },
      async execute(_id, { url }) {
        assertAllowed(url, get().cfg.allowedSites);
        const page = await get().ensure();
        await page.goto(url, { waitUntil: "domcontentloaded", timeout: 45_000 });
        const text = await page.evaluate(() => document.body.innerText);
        return out(`# ${await page.title()}\n${page.url()}\n\n${text.slice(0, 12_000)}`);
      },
    });

    api.registerTool({
      name: "session_click",
      description: "Click an element by visible text or CSS selector on the current page.",
      parameters: { type: "object", properties: { target: { type: "string" } }, required: ["target"] },
      async execute(_id, { target }) {
        const page = await get().ensure();
        const loc = target.startsWith("css=") ? page.locator(target.slice(4)) : page.getByText(target, { exact: false });
        await loc.first().click({ timeout: 15_000 });
        await page.waitForLoadState("domcontentloaded");
        return out(`clicked; now at ${page.url()}`);
      },
    });

    api.registerTool({
      name: "session_fill",
      description: "Fill a form field (by label or css=selector) on the current page.",
      parameters: { type: "object", properties: { field: { type: "string" }, value: { type: "string" } }, required: ["field", "value"] },
      async execute(_id, { field, value }) {
        const page = await get().ensure();
        const loc = field.startsWith("css=") ? page.locator(field.slice(4)) : page.getByLabel(field);
        await loc.first().fill(value);
        return out("filled");
      },
    });

    api.registerService?.({ id: "session-browser", start() {}, stop: async () => sb?.close() });
  },
};
