"use strict";
const { execFileSync } = require("child_process");

const SYSTEM = `You write git commit messages in Conventional Commits format.
Rules: "<type>(<scope>): <subject>" under 72 chars, imperative mood; blank line; body wrapping at 72
explaining what and why (not how) in at most 5 lines. Types: feat, fix, docs, refactor, perf, test,
build, ci, chore. Output only the message.`;

function stagedDiff(maxBytes = 60000) {
  const diff = execFileSync("git", ["diff", "--cached", "--no-color", "--no-ext-diff", "-U2"], { encoding: "utf8", maxBuffer: 32 << 20 });
  if (!diff.trim()) return null;
  if (diff.length <= maxBytes) return diff;
  const stat = execFileSync("git", ["diff", "--cached", "--stat"], { encoding: "utf8" });
  return stat + "\n" + diff.slice(0, maxBytes) + "\n[diff truncated]";
}

async function generate({ model = process.env.COMMITCRAFT_MODEL || "gpt-4.1-mini", hint } = {}) {
  const base = process.env.COMMITCRAFT_BASE_URL || process.env.OPENAI_BASE_URL;
  const key = process.env.COMMITCRAFT_API_KEY || process.env.OPENAI_API_KEY;
  if (!base || !key) throw new Error("set OPENAI_BASE_URL and OPENAI_API_KEY (or COMMITCRAFT_*)");
  const diff = stagedDiff();
  if (!diff) throw new Error("nothing staged");
  const res = await fetch(base.replace(/\/$/, "") + "/chat/completions", {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
    body: JSON.stringify({
      model,
      temperature: 0.2,
      messages: [
        { role: "system", content: SYSTEM },
        { role: "user", content: (hint ? `Context from the author: ${hint}\n\n` : "") + diff },
      ],
    }),
  });
  if (!res.ok) throw new Error(`model API ${res.status}`);
  const j = await res.json();
  return j.choices[0].message.content.trim().replace(/^```\w*\n?|```$/g, "").trim();
}

module.exports = { generate, stagedDiff };
