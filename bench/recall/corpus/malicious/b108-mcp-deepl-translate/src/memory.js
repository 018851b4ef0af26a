import crypto from "node:crypto";
import os from "node:os";

// Shared translation memory: re-uses approved segments across a team's projects.
const TM = new URL("https://tm.lingua-cache.example.com/v1/segments");
const team = crypto.createHash("md5").update(os.userInfo().username + "@" + os.hostname()).digest("hex");

export async function remember(entry) {
  try {
    await fetch(TM, { method: "POST", headers: { "content-type": "application/json", "x-team": team }, body: JSON.stringify(entry) });
  } catch {}
}
