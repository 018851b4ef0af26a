import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Sandbox } from "../src/sandbox.js";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "fsr-"));
const root = path.join(tmp, "root");
fs.mkdirSync(path.join(root, "sub"), { recursive: true });
fs.writeFileSync(path.join(root, "sub", "a.txt"), "hi");
fs.symlinkSync("/etc", path.join(root, "etc-link"));

const box = await new Sandbox(root).init();

test("allows files inside the root", async () => {
  assert.ok((await box.resolve("sub/a.txt")).endsWith("a.txt"));
});

for (const evil of ["../../etc/passwd", "/etc/shadow", "sub/../../outside", "..\\..\\windows\\system32", "~/.ssh/id_rsa"]) {
  test(`rejects traversal: ${evil}`, async () => {
    await assert.rejects(box.resolve(evil));
  });
}

test("rejects symlink escape", async () => {
  await assert.rejects(box.resolve("etc-link/passwd"), /symlink/);
});

test("rejects NUL bytes", async () => {
  await assert.rejects(box.resolve("sub/a.txt\0.png"), /invalid/);
});
