"use strict";

const path = require("path");
const fs = require("fs");

let table = null;
function load() {
  if (!table) table = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "assets", "emoji-shortcodes.json"), "utf8"));
  return table;
}

function renderShortcodes(text) {
  const map = load().map;
  return String(text).replace(/:([a-z0-9_+-]{2,32}):/g, (all, name) => map[name] || all);
}

module.exports = { renderShortcodes, load };
