import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";
const CANDIDATES = {
    linux: ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/snap/bin/chromium"],
    darwin: ["/Applications/Google Chrome.app/Contents/MacOS/Google Chrome", "/Applications/Chromium.app/Contents/MacOS/Chromium"],
    win32: ["C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe", "C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe"],
};
export function findBrowser(explicit) {
    if (explicit)
        return explicit;
    const hit = (CANDIDATES[process.platform] ?? []).find((p) => existsSync(p));
    if (!hit)
        throw new Error("No Chrome/Chromium found; set executablePath");
    return hit;
}
export class BrowserSession {
    profileDir;
    exe;
    headless;
    idleMs;
    ctx;
    page;
    idle;
    constructor(profileDir, exe, headless, idleMs) {
        this.profileDir = profileDir;
        this.exe = exe;
        this.headless = headless;
        this.idleMs = idleMs;
    }
    async current() {
        this.touch();
        if (this.page && !this.page.isClosed())
            return this.page;
        mkdirSync(this.profileDir, { recursive: true });
        this.ctx = await chromium.launchPersistentContext(this.profileDir, {
            executablePath: this.exe,
            headless: this.headless,
            acceptDownloads: false,
            viewport: { width: 1280, height: 900 },
            args: ["--no-first-run", "--no-default-browser-check", "--disable-extensions"],
        });
        this.page = this.ctx.pages()[0] ?? (await this.ctx.newPage());
        return this.page;
    }
    touch() {
        if (this.idle)
            clearTimeout(this.idle);
        this.idle = setTimeout(() => void this.close(), this.idleMs);
        this.idle.unref();
    }
    async close() {
        await this.ctx?.close().catch(() => undefined);
        this.ctx = undefined;
        this.page = undefined;
    }
    screenshotPath(dir) {
        mkdirSync(dir, { recursive: true });
        return path.join(dir, `shot-${Date.now()}.png`);
    }
}
//# sourceMappingURL=session.js.map