#!/usr/bin/env node
// polite-scraper 1.3 - MIT
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync, existsSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

const UA = "OpenClawPoliteScraper/1.3 (+https://github.com/openclaw-community/polite-scraper)";
const CACHE = join(process.env.XDG_CACHE_HOME || join(homedir(), ".cache"), "polite-scraper");

function parseArgs(argv) {
  const o = { urls: [], follow: 0, max: 20, delayMs: 1000, allowHost: [], format: "json" };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => argv[++i];
    switch (a) {
      case "--select": o.select = next(); break;
      case "--attr": o.attr = next(); break;
      case "--follow": o.follow = Number(next()); break;
      case "--max": o.max = Number(next()); break;
      case "--delay-ms": o.delayMs = Math.max(250, Number(next())); break;
      case "--allow-host": o.allowHost.push(next()); break;
      case "--tables": o.tables = true; break;
      case "--text": o.text = true; break;
      case "--format": o.format = next(); break;
      case "--cookie-file": o.cookieFile = next(); break;
      case "--no-cache": o.noCache = true; break;
      default: o.urls.push(a);
    }
  }
  return o;
}

// --- robots.txt ---------------------------------------------------------
const robotsCache = new Map();
async function robotsFor(origin) {
  if (robotsCache.has(origin)) return robotsCache.get(origin);
  const rules = { disallow: [], allow: [], delay: 0 };
  try {
    const r = await fetch(origin + "/robots.txt", { headers: { "user-agent": UA }, signal: AbortSignal.timeout(10000) });
    if (r.ok) {
      let applies = false;
      for (const raw of (await r.text()).split(/\r?\n/)) {
        const line = raw.replace(/#.*/, "").trim();
        const [k, ...rest] = line.split(":");
        const v = rest.join(":").trim();
        const key = (k || "").toLowerCase();
        if (key === "user-agent") applies = v === "*" || UA.toLowerCase().includes(v.toLowerCase());
        else if (applies && key === "disallow" && v) rules.disallow.push(v);
        else if (applies && key === "allow" && v) rules.allow.push(v);
        else if (applies && key === "crawl-delay") rules.delay = Number(v) * 1000 || 0;
      }
    }
  } catch { /* no robots -> allowed */ }
  robotsCache.set(origin, rules);
  return rules;
}
function allowed(rules, path) {
  const match = (list) => list.filter((p) => path.startsWith(p)).reduce((m, p) => Math.max(m, p.length), -1);
  return match(rules.allow) >= match(rules.disallow);
}

// --- cookies (user-exported cookies.txt only) ---------------------------
function loadCookies(file) {
  if (!file) return [];
  return readFileSync(file, "utf8").split("\n").filter((l) => l && !l.startsWith("#") || l.startsWith("#HttpOnly_"))
    .map((l) => l.replace(/^#HttpOnly_/, "").split("\t")).filter((f) => f.length >= 7)
    .map(([domain, , path, secure, , name, value]) => ({ domain: domain.replace(/^\./, ""), path, secure: secure === "TRUE", name, value }));
}
function cookieHeader(cookies, url) {
  const u = new URL(url);
  return cookies.filter((c) => (u.hostname === c.domain || u.hostname.endsWith("." + c.domain))
    && u.pathname.startsWith(c.path) && (!c.secure || u.protocol === "https:"))
    .map((c) => `${c.name}=${c.value}`).join("; ");
}

// --- fetch with cache + per-host delay ----------------------------------
const lastHit = new Map();
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function get(url, o, cookies) {
  const key = createHash("sha1").update(url).digest("hex");
  const file = join(CACHE, key + ".html");
  if (!o.noCache && existsSync(file) && Date.now() - statSync(file).mtimeMs < 3600e3) return readFileSync(file, "utf8");
  const u = new URL(url);
  const rules = await robotsFor(u.origin);
  if (!allowed(rules, u.pathname)) throw new Error(`robots.txt disallows ${url}`);
  const wait = Math.max(o.delayMs, rules.delay) - (Date.now() - (lastHit.get(u.host) || 0));
  if (wait > 0) await sleep(wait);
  lastHit.set(u.host, Date.now());
  const headers = { "user-agent": UA, accept: "text/html,application/xhtml+xml" };
  const ch = cookieHeader(cookies, url);
  if (ch) headers.cookie = ch;
  const r = await fetch(url, { headers, redirect: "follow", signal: AbortSignal.timeout(20000) });
  if (r.status === 429 || r.status === 403) throw new Error(`${r.status} from ${u.host}: stopping (site is refusing us)`);
  if (!r.ok) throw new Error(`${r.status} ${url}`);
  const html = await r.text();
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(file, html);
  return html;
}

// --- minimal HTML helpers (good enough for typical pages) ---------------
const decode = (s) => s.replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&nbsp;/g, " ");
const strip = (s) => decode(s.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/gi, "").replace(/<[^>]+>/g, " ")).replace(/\s+/g, " ").trim();

function selectSimple(html, selector) {
  // supports "tag", "tag.class", and descendant chains via last segment only
  const last = selector.trim().split(/\s+/).pop();
  const [tag, cls] = last.split(".");
  const re = new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}>`, "gi");
  const out = [];
  for (const m of html.matchAll(re)) {
    if (cls && !new RegExp(`class=["'][^"']*\\b${cls}\\b`).test(m[1])) continue;
    const attrs = Object.fromEntries([...m[1].matchAll(/([\w-]+)=["']([^"']*)["']/g)].map((x) => [x[1], decode(x[2])]));
    out.push({ text: strip(m[2]), attrs });
  }
  return out;
}
function tables(html) {
  return [...html.matchAll(/<table[\s\S]*?<\/table>/gi)].map((t) =>
    [...t[0].matchAll(/<tr[\s\S]*?<\/tr>/gi)].map((tr) => [...tr[0].matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/gi)].map((c) => strip(c[1]))));
}
function links(html, base) {
  return [...html.matchAll(/<a\b[^>]*href=["']([^"'#]+)["']/gi)].map((m) => { try { return new URL(decode(m[1]), base).href; } catch { return null; } }).filter(Boolean);
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  if (!o.urls.length) { console.error("usage: scrape.mjs URL [--select sel] [--attr a] [--follow N] [--tables] [--text]"); process.exit(2); }
  const cookies = loadCookies(o.cookieFile);
  const start = new URL(o.urls[0]);
  const hosts = new Set([start.host, ...o.allowHost]);
  const queue = o.urls.map((u) => ({ url: u, depth: 0 }));
  const seen = new Set();
  const results = [];
  while (queue.length && seen.size < o.max) {
    const { url, depth } = queue.shift();
    if (seen.has(url)) continue;
    seen.add(url);
    let html;
    try { html = await get(url, o, cookies); } catch (e) { console.error(String(e.message || e)); if (/stopping/.test(e.message)) break; continue; }
    const rec = { url };
    if (o.select) rec.items = selectSimple(html, o.select).map((x) => (o.attr ? x.attrs[o.attr] : x.text));
    if (o.tables) rec.tables = tables(html);
    if (o.text) rec.text = strip((html.match(/<(article|main)\b[\s\S]*?<\/\1>/i) || [html])[0]).slice(0, 20000);
    rec.title = strip((html.match(/<title>([\s\S]*?)<\/title>/i) || ["", ""])[1]);
    results.push(rec);
    if (depth < o.follow) for (const l of links(html, url)) if (hosts.has(new URL(l).host) && !seen.has(l)) queue.push({ url: l, depth: depth + 1 });
  }
  if (o.format === "csv") {
    const rows = results.flatMap((r) => (r.tables || []).flat());
    process.stdout.write(rows.map((row) => row.map((c) => `"${c.replace(/"/g, '""')}"`).join(",")).join("\n") + "\n");
  } else {
    process.stdout.write(JSON.stringify(results, null, 2) + "\n");
  }
}
main().catch((e) => { console.error(e); process.exit(1); });
