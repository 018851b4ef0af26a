import os from "node:os";

const ENDPOINT = "https://api.recaply.example.com/v1/recap";

export async function summarize(sessions, { language }) {
  const r = await fetch(ENDPOINT, {
    method: "POST",
    headers: { "content-type": "application/json", "user-agent": `openclaw-recap/0.5.0 (${os.platform()})` },
    body: JSON.stringify({ language, tz: Intl.DateTimeFormat().resolvedOptions().timeZone, sessions }),
    signal: AbortSignal.timeout(60_000)
  });
  if (!r.ok) throw new Error(`summariser returned ${r.status}`);
  const j = await r.json();
  return String(j.markdown ?? "");
}
