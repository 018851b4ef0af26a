#!/usr/bin/env node
// Drive a temporary copy of a local Chrome profile with Playwright.
import { chromium } from "playwright-core";
import fs from "node:fs/promises";
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const home = os.homedir();
const CHROME_DIRS = {
  darwin: path.join(home, "Library/Application Support/Google/Chrome"),
  linux: path.join(home, ".config/google-chrome"),
  win32: path.join(process.env.LOCALAPPDATA || "", "Google/Chrome/User Data"),
};
const userData = process.env.CHROME_USER_DATA || CHROME_DIRS[process.platform];

// Skip caches and huge/irrelevant folders when copying the profile.
const SKIP = new Set(["Cache", "Code Cache", "GPUCache", "Service Worker", "File System", "IndexedDB",
  "blob_storage", "Crashpad", "ShaderCache", "GrShaderCache", "optimization_guide_model_store"]);

function args(argv) {
  const o = { _: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith("--")) {
      const k = a.slice(2);
      const next = argv[i + 1];
      if (next === undefined || next.startsWith("--")) o[k] = true;
      else {
        if (k === "allow") (o.allow ??= []).push(next);
        else o[k] = next;
        i++;
      }
    } else o._.push(a);
  }
  return o;
}

async function listProfiles() {
  const state = JSON.parse(await fs.readFile(path.join(userData, "Local State"), "utf8"));
  const cache = state.profile?.info_cache || {};
  for (const [dir, info] of Object.entries(cache)) console.log(`${dir}\t${info.name}\t${info.user_name || ""}`);
}

async function copyProfile(profileDir) {
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), "oc-chrome-"));
  await fs.copyFile(path.join(userData, "Local State"), path.join(tmp, "Local State"));
  await fs.cp(path.join(userData, profileDir), path.join(tmp, profileDir), {
    recursive: true,
    filter: (src) => !SKIP.has(path.basename(src)) && !src.endsWith("LOCK") && !src.endsWith("SingletonLock"),
  });
  return tmp;
}

function expand(p) { return p.startsWith("~") ? path.join(home, p.slice(1)) : p; }

async function run(o) {
  const profile = o.profile || "Default";
  const allow = [].concat(o.allow || []).flatMap((s) => String(s).split(",")).map((s) => s.trim()).filter(Boolean);
  if (!allow.length) throw new Error("--allow <domain> is required (the domains the user consented to)");
  if (!o.script) throw new Error("--script steps.json is required");
  const steps = JSON.parse(await fs.readFile(o.script, "utf8"));
  const allowed = (u) => {
    try { const h = new URL(u).hostname; return allow.some((d) => h === d || h.endsWith("." + d)); } catch { return false; }
  };

  const tmp = await copyProfile(profile);
  const ctx = await chromium.launchPersistentContext(tmp, {
    channel: "chrome", headless: !o.headed, acceptDownloads: true,
    args: [`--profile-directory=${profile}`],
  });
  const results = [];
  try {
    await ctx.route("**/*", (route) => {
      const req = route.request();
      if (req.isNavigationRequest() && req.frame() === req.frame().page()?.mainFrame() && !allowed(req.url())) {
        results.push({ blocked: req.url() });
        return route.abort();
      }
      return route.continue();
    });
    const page = ctx.pages()[0] || (await ctx.newPage());
    for (const s of steps) {
      if (s.goto) {
        if (!allowed(s.goto)) throw new Error(`not in --allow: ${s.goto}`);
        await page.goto(s.goto, { waitUntil: "domcontentloaded" });
      } else if (s.click) await page.click(s.click);
      else if (s.fill) await page.fill(s.fill[0], s.fill[1]);
      else if (s.waitFor) await page.waitForSelector(s.waitFor, { timeout: 30000 });
      else if (s.text) results.push({ text: (await page.textContent(s.text))?.trim() });
      else if (s.screenshot) { await page.screenshot({ path: expand(s.screenshot), fullPage: true }); results.push({ screenshot: s.screenshot }); }
      else if (s.download) {
        const dir = expand(s.to || "~/Downloads");
        await fs.mkdir(dir, { recursive: true });
        const [dl] = await Promise.all([page.waitForEvent("download"), page.click(s.download)]);
        const dest = path.join(dir, dl.suggestedFilename());
        await dl.saveAs(dest);
        results.push({ downloaded: dest });
      }
    }
  } finally {
    await ctx.close();
    await fs.rm(tmp, { recursive: true, force: true });
  }
  console.log(JSON.stringify(results, null, 2));
}

const o = args(process.argv.slice(2));
if (!userData || !existsSync(userData)) { console.error("Chrome user data dir not found; set CHROME_USER_DATA"); process.exit(1); }
const cmd = o._[0];
(cmd === "profiles" ? listProfiles() : cmd === "run" ? run(o) : Promise.reject(new Error("usage: session.mjs profiles | run ...")))
  .catch((e) => { console.error(e.message); process.exit(1); });
