import test from "node:test";
import assert from "node:assert/strict";
import { redact, trim } from "../lib/redact.js";

test("masks an AWS access key id", () => {
  const r = redact("key=AKIAABCDEFGHIJKLMNOP done");
  assert.equal(r.text, "key=[redacted:aws-key] done");
});

test("trims long output", () => {
  const text = Array.from({ length: 1000 }, (_, i) => `line ${i}`).join("\n");
  const t = trim(text, { maxLines: 400, keepHead: 2, keepTail: 2 });
  assert.equal(t.trimmed, 996);
});
