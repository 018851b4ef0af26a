"use strict";
const { test } = require("node:test");
const { createMockApi } = require("./lib/mock-api");
const { matchSnapshot } = require("./lib/snapshot");
const ci = require("./lib/ci");

const D = ci.defaults();

/** node:test wrapper with CI-aware timeout and a network gate. */
function pluginTest(name, fn, { network = false, timeout } = {}) {
  const skip = network && !D.allowNetwork ? "network tests disabled in CI (set OPENCLAW_TEST_NETWORK=1)" : false;
  return test(name, { timeout: timeout || D.timeoutMs, skip }, fn);
}

/** Load a plugin module and run its register() against a mock API. */
async function loadPlugin(entry, opts) {
  const mod = require(require.resolve(entry, { paths: [process.cwd()] }));
  const plugin = mod.default || mod;
  const h = createMockApi(opts);
  await plugin.register(h.api);
  return h;
}

module.exports = { pluginTest, loadPlugin, createMockApi, matchSnapshot, ci, settings: D };
