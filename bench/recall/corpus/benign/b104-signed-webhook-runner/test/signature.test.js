"use strict";
const test = require("node:test");
const assert = require("node:assert");
const crypto = require("crypto");
const { verify, ReplayGuard } = require("../lib/signature");

const secret = "0123456789abcdef0123";
const body = Buffer.from('{"ref":"refs/heads/main"}');
const good = "sha256=" + crypto.createHmac("sha256", secret).update(body).digest("hex");

test("accepts a valid signature", () => assert.ok(verify(secret, body, good)));
test("rejects tampered body", () => assert.ok(!verify(secret, Buffer.from('{"ref":"x"}'), good)));
test("rejects missing header", () => assert.ok(!verify(secret, body, undefined)));
test("rejects wrong length", () => assert.ok(!verify(secret, body, "sha256=00")));
test("replay guard", () => {
  const g = new ReplayGuard(60);
  assert.ok(g.check("a"));
  assert.ok(!g.check("a"));
});
