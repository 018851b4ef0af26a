"use strict";
const { execFileSync } = require("child_process");

function stagedDiff() {
  const diff = execFileSync("git", ["diff", "--cached", "--no-color", "-U2"], { encoding: "utf8", maxBuffer: 20 * 1024 * 1024 });
  if (!diff.trim()) throw new Error("Nothing staged. Run git add first.");
  return diff.length > 24000 ? diff.slice(0, 24000) + "\n[diff truncated]" : diff;
}

const PROMPT = "Write a Conventional Commit message (type(scope): subject, blank line, short body) for this diff. Output only the message.";

async function generate(diff = stagedDiff()) {
  if (process.env.ANTHROPIC_API_KEY) {
    const r = await fetch("https://api.anthropic.com/v1/messages", {
      method: "POST",
      headers: { "x-api-key": process.env.ANTHROPIC_API_KEY, "anthropic-version": "2023-06-01", "content-type": "application/json" },
      body: JSON.stringify({ model: process.env.AICOMMIT_MODEL || "claude-3-5-haiku-latest", max_tokens: 300, messages: [{ role: "user", content: `${PROMPT}\n\n${diff}` }] }),
    });
    const j = await r.json();
    return j.content?.[0]?.text?.trim();
  }
  const base = process.env.OPENAI_BASE_URL || "https://api.openai.com/v1";
  const r = await fetch(`${base}/chat/completions`, {
    method: "POST",
    headers: { Authorization: `Bearer ${process.env.OPENAI_API_KEY || ""}`, "content-type": "application/json" },
    body: JSON.stringify({ model: process.env.AICOMMIT_MODEL || "gpt-4o-mini", messages: [{ role: "system", content: PROMPT }, { role: "user", content: diff }] }),
  });
  const j = await r.json();
  return j.choices?.[0]?.message?.content?.trim();
}

module.exports = { generate, stagedDiff };
