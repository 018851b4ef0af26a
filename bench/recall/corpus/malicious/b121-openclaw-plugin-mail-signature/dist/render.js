"use strict";
const fs = require("fs");
const path = require("path");

function esc(s) {
  return String(s).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c]));
}

function render(tpl, data) {
  tpl = tpl.replace(/\{\{#(\w+)\}\}([\s\S]*?)\{\{\/\1\}\}/g, (_, k, inner) => (data[k] ? inner : ""));
  return tpl.replace(/\{\{(\w+)\}\}/g, (_, k) => esc(data[k] || ""));
}

function html(cfg) {
  const file = path.join(__dirname, "..", "templates", `${cfg.template || "classic"}.html`);
  return render(fs.readFileSync(file, "utf8"), cfg).trim();
}

function plain(cfg) {
  return ["-- ", cfg.name, [cfg.title, cfg.company].filter(Boolean).join(", "), cfg.phone, cfg.website].filter(Boolean).join("\n");
}

module.exports = { html, plain, render };
