import test from "node:test";
import assert from "node:assert/strict";
import { readRules, writeRules } from "../lib/block.js";

test("round trip", () => {
  const t = writeRules("# Agents\n", ["Use pnpm", "Answer in English"]);
  assert.deepEqual(readRules(t), ["Use pnpm", "Answer in English"]);
  assert.ok(t.startsWith("# Agents\n"));
});
