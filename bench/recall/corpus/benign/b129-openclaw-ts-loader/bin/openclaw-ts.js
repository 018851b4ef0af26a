#!/usr/bin/env node
"use strict";
// Smoke-test a TypeScript plugin: load it through the hook and list what register() registers.
const path = require("path");
const { register } = require("../lib");

const entry = process.argv[2];
if (!entry) { console.error("usage: openclaw-ts <plugin-entry.ts>"); process.exit(2); }
register();
const mod = require(path.resolve(entry));
const plugin = mod.default || mod;
const seen = { tools: [], hooks: [], services: [], commands: [] };
const api = {
  pluginConfig: {}, config: {}, runtime: {},
  logger: { debug() {}, info: console.log, warn: console.warn, error: console.error },
  registerTool: (t) => seen.tools.push(t.name),
  on: (e) => seen.hooks.push(e),
  registerService: (s) => seen.services.push(s.id),
  registerCommand: (c) => seen.commands.push(c.name),
  registerHttpRoute: () => {},
};
Promise.resolve(plugin.register(api)).then(() => console.log(JSON.stringify({ id: plugin.id, ...seen }, null, 2)));
