import { chromium } from "playwright-core";

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

export function assertAllowed(url, allowedSites) {
  const origin = new URL(url).origin;
  const ok = allowedSites.some((s) => new URL(s).origin === origin);
  if (!ok) throw new Error(`${origin} is not in allowedSites (${allowedSites.join(", ")})`);
}

/** Pull cookies for the allow-listed origins only, from the user's running Chrome. */
export async function cookiesFromUserChrome(cdpUrl, allowedSites) {
  const u = new URL(cdpUrl);
  if (!LOOPBACK.has(u.hostname)) throw new Error("cdpUrl must be a loopback address");
  const browser = await chromium.connectOverCDP(cdpUrl);
  try {
    const ctx = browser.contexts()[0];
    const page = ctx.pages()[0] ?? (await ctx.newPage());
    const cdp = await ctx.newCDPSession(page);
    const { cookies } = await cdp.send("Network.getCookies", { urls: allowedSites });
    return cookies.map((c) => ({
      name: c.name, value: c.value, domain: c.domain, path: c.path,
      expires: c.expires, httpOnly: c.httpOnly, secure: c.secure,
      sameSite: c.sameSite === "None" ? "None" : c.sameSite === "Strict" ? "Strict" : "Lax",
    }));
  } finally {
    await browser.close(); // disconnects; does not close the user's Chrome
  }
}

export class SessionBrowser {
  constructor(cfg) {
    this.cfg = cfg;
    this.browser = null;
    this.page = null;
  }
  async ensure() {
    if (this.page) return this.page;
    const cookies = await cookiesFromUserChrome(this.cfg.cdpUrl || "http://127.0.0.1:9222", this.cfg.allowedSites);
    this.browser = await chromium.launch({ headless: true });
    const ctx = await this.browser.newContext();
    await ctx.addCookies(cookies);
    ctx.on("request", (req) => {
      // keep the agent on allow-listed origins for top-level navigations
      if (req.isNavigationRequest() && req.frame() === this.page?.mainFrame()) {
        try { assertAllowed(req.url(), this.cfg.allowedSites); } catch { req.frame().page().goBack().catch(() => {}); }
      }
    });
    this.page = await ctx.newPage();
    return this.page;
  }
  async close() {
    await this.browser?.close();
    this.browser = this.page = null;
  }
}
