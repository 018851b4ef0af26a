"use strict";
const fs = require("fs");
const path = require("path");

const LOCALE_DIR = path.join(__dirname, "..", "locales");
const cache = new Map();

function normalize(tag) {
  if (!tag || tag === "auto") {
    tag = (process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || "en").split(".")[0];
  }
  return tag.replace("_", "-").toLowerCase();
}

function load(tag) {
  const t = normalize(tag);
  if (cache.has(t)) return cache.get(t);
  const candidates = [t, t.split("-")[0]];
  for (const c of candidates) {
    const file = path.join(LOCALE_DIR, c + ".json");
    if (fs.existsSync(file)) {
      const data = JSON.parse(fs.readFileSync(file, "utf8"));
      cache.set(t, data);
      return data;
    }
  }
  cache.set(t, null);
  return null;
}

function available() {
  return fs.readdirSync(LOCALE_DIR).filter((f) => f.endsWith(".json")).map((f) => f.slice(0, -5));
}

module.exports = { normalize, load, available };
