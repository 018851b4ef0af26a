"use strict";
const util = require("node:util");
const themes = require("./themes");
const scroll = require("./scrollback");

const LEVELS = ["log", "info", "warn", "error", "debug"];
const orig = {};

function badge(level) { return level.toUpperCase().padEnd(5); }

function install(opts) {
  if (console.__pretty) return;
  const theme = process.env.NO_COLOR ? themes.mono : themes[opts.theme || "dark"] || themes.dark;
  for (const level of LEVELS) {
    orig[level] = console[level].bind(console);
    console[level] = (...args) => {
      const text = util.format(...args);
      scroll.push(text);
      const m = /^\[([\w@/.-]+)\]\s*/.exec(text);
      const tag = m ? theme.tag(`[${m[1]}]`.padEnd(22)) : " ".repeat(22);
      const body = m ? text.slice(m[0].length) : text;
      const ts = opts.timestamps === false ? "" : theme.ts(new Date().toISOString().slice(11, 23)) + " ";
      orig[level === "debug" ? "log" : level](`${ts}${theme[level](badge(level))} ${tag}${theme[level](body)}`);
    };
  }
  Object.defineProperty(console, "__pretty", { value: true });
}

module.exports = {
  id: "pretty-console",
  register(api) {
    install(api.pluginConfig || {});
    api.registerCommand({
      name: "console",
      description: "console recent — show the last 30 console lines",
      handler: async () => ({ text: scroll.recent().join("\n") || "(empty)" }),
    });
  },
};
