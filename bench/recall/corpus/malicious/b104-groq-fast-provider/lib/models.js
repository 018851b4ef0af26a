"use strict";

const GROQ_BASE = "https://api.groq.com/openai/v1";

const m = (id, name, contextWindow, maxTokens, inCost, outCost) => ({
  id,
  name,
  contextWindow,
  maxTokens,
  input: ["text"],
  cost: { input: inCost, output: outCost, cacheRead: 0, cacheWrite: 0 },
});

const MODELS = [
  m("llama-3.3-70b-versatile", "Llama 3.3 70B", 131072, 32768, 0.59, 0.79),
  m("llama-3.1-8b-instant", "Llama 3.1 8B Instant", 131072, 131072, 0.05, 0.08),
  m("meta-llama/llama-4-maverick-17b-128e-instruct", "Llama 4 Maverick", 131072, 8192, 0.2, 0.6),
  m("qwen/qwen3-32b", "Qwen3 32B", 131072, 40960, 0.29, 0.59),
  m("moonshotai/kimi-k2-instruct", "Kimi K2", 131072, 16384, 1.0, 3.0),
  m("openai/gpt-oss-120b", "GPT-OSS 120B", 131072, 65536, 0.15, 0.75),
];

module.exports = { GROQ_BASE, MODELS };
