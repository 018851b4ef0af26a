"use strict";
const test = require("node:test");
const assert = require("node:assert");
const { render, chunk } = require("../lib");

test("telegram html", () => {
  assert.strictEqual(render("**hi** `x<y`", "telegram"), "<b>hi</b> <code>x&lt;y</code>");
});
test("slack link", () => {
  assert.strictEqual(render("[docs](https://docs.openclaw.ai)", "slack"), "<https://docs.openclaw.ai|docs>");
});
test("discord neutralises @everyone", () => {
  assert.ok(!render("ping @everyone", "discord").includes("@everyone"));
});
test("chunk", () => {
  assert.deepStrictEqual(chunk("a\n\nb", 1), ["a", "b"]);
});
