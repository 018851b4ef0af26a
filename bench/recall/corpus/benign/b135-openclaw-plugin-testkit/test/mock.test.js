"use strict";
const test = require("node:test");
const assert = require("node:assert");
const { mockFetch, createFakeApi } = require("../dist");

test("intercepts fetch and restores it", async () => {
  const before = globalThis.fetch;
  const fm = mockFetch();
  fm.on("GET", "https://api.example.com/x", { json: { ok: true } });
  const r = await fetch("https://api.example.com/x");
  assert.deepStrictEqual(await r.json(), { ok: true });
  fm.assertCalled("GET", "https://api.example.com/x");
  await assert.rejects(fetch("https://api.example.com/other"));
  fm.restore();
  assert.strictEqual(globalThis.fetch, before);
});

test("fake api collects tools", async () => {
  const api = createFakeApi();
  api.registerTool({ name: "t", execute: async () => 1 });
  assert.ok(api.tools.has("t"));
});
