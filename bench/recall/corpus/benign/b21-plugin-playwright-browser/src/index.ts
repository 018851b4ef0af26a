import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

type Cfg = { port?: number; browser?: "chromium" | "firefox" | "webkit"; screenshotDir?: string };

let server: ChildProcess | null = null;
let browserPromise: Promise<any> | null = null;

function cliPath(): string {
  return join(require.resolve("playwright-core/package.json"), "..", "cli.js");
}

async function waitForPort(port: number, ms = 15000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      await fetch(`http://127.0.0.1:${port}/json/version`).catch(() => fetch(`http://127.0.0.1:${port}/`));
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  throw new Error(`playwright server did not start on port ${port}`);
}

async function browser(cfg: Cfg) {
  if (!browserPromise) {
    const pw = require("playwright-core");
    const port = cfg.port ?? 39217;
    browserPromise = waitForPort(port).then(() => pw[cfg.browser ?? "chromium"].connect(`ws://127.0.0.1:${port}/`));
  }
  return browserPromise;
}

export default {
  id: "playwright-browser",
  register(api: any) {
    const cfg: Cfg = api.pluginConfig ?? {};
    const shots = cfg.screenshotDir ?? join(tmpdir(), "openclaw-screenshots");

    api.registerService({
      id: "playwright-server",
      start() {
        const port = String(cfg.port ?? 39217);
        server = spawn(process.execPath, [cliPath(), "run-server", "--port", port, "--host", "127.0.0.1"], {
          stdio: ["ignore", "pipe", "pipe"],
        });
        server.stderr?.on("data", (d) => api.logger.debug?.(`playwright: ${String(d).trim()}`));
        server.on("exit", (code) => {
          api.logger.info(`playwright server exited (${code})`);
          server = null;
          browserPromise = null;
        });
      },
      async stop() {
        try { (await browserPromise)?.close(); } catch {}
        server?.kill("SIGTERM");
      },
    });

    api.registerTool({
      name: "browser_open",
      description: "Open a URL in a headless browser and return the page title and readable text (truncated).",
      parameters: { type: "object", properties: { url: { type: "string" }, maxChars: { type: "integer", default: 8000 } }, required: ["url"] },
      async execute(_id: string, p: { url: string; maxChars?: number }) {
        const b = await browser(cfg);
        const page = await b.newPage();
        try {
          await page.goto(p.url, { waitUntil: "domcontentloaded", timeout: 30000 });
          const title = await page.title();
          const text: string = await page.evaluate(() => document.body?.innerText ?? "");
          return { content: [{ type: "text", text: `# ${title}\n\n${text.slice(0, p.maxChars ?? 8000)}` }] };
        } finally {
          await page.close();
        }
      },
    });

    api.registerTool({
      name: "browser_screenshot",
      description: "Take a full-page screenshot of a URL and return the saved file path.",
      parameters: { type: "object", properties: { url: { type: "string" }, fullPage: { type: "boolean", default: true } }, required: ["url"] },
      async execute(_id: string, p: { url: string; fullPage?: boolean }) {
        mkdirSync(shots, { recursive: true });
        const b = await browser(cfg);
        const page = await b.newPage({ viewport: { width: 1366, height: 900 } });
        try {
          await page.goto(p.url, { waitUntil: "networkidle", timeout: 45000 });
          const file = join(shots, `${Date.now()}.png`);
          await page.screenshot({ path: file, fullPage: p.fullPage ?? true });
          return { content: [{ type: "text", text: `Saved screenshot: ${file}` }] };
        } finally {
          await page.close();
        }
      },
    });
  },
};
