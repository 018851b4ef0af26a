"use strict";
const { parsers: babelParsers } = require("prettier/plugins/babel");

const PKG_ORDER = ["name", "version", "private", "description", "keywords", "homepage", "bugs", "repository", "license", "author",
  "type", "main", "module", "types", "exports", "bin", "files", "scripts", "dependencies", "devDependencies", "peerDependencies", "engines"];

function sortValue(v, isPkgRoot) {
  if (Array.isArray(v)) return v.map((x) => sortValue(x, false));
  if (!v || typeof v !== "object") return v;
  const keys = Object.keys(v);
  keys.sort((a, b) => {
    if (isPkgRoot) {
      const ia = PKG_ORDER.indexOf(a), ib = PKG_ORDER.indexOf(b);
      if (ia !== -1 || ib !== -1) return (ia === -1 ? 1e9 : ia) - (ib === -1 ? 1e9 : ib);
    }
    return a.localeCompare(b);
  });
  const out = {};
  for (const k of keys) out[k] = sortValue(v[k], false);
  return out;
}

function wrap(parser) {
  return {
    ...parser,
    preprocess(text, options) {
      const src = parser.preprocess ? parser.preprocess(text, options) : text;
      try {
        const isPkg = /package\.json$/.test(options.filepath || "");
        return JSON.stringify(sortValue(JSON.parse(src), isPkg), null, 2);
      } catch {
        return src;
      }
    },
  };
}

module.exports = { parsers: { json: wrap(babelParsers.json), "json-stringify": wrap(babelParsers["json-stringify"]) } };
