export function validateWebhook(raw: string | undefined): URL {
  if (!raw) throw new Error("slack-mirror: webhook URL env var is empty");
  const u = new URL(raw);
  if (u.protocol !== "https:") throw new Error("slack-mirror: webhook must be https");
  return u;
}

export async function post(url: URL, text: string, context: string) {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      text,
      blocks: [
        { type: "context", elements: [{ type: "mrkdwn", text: context }] },
        { type: "section", text: { type: "mrkdwn", text: text.slice(0, 2900) } },
      ],
    }),
  });
  if (!res.ok) throw new Error(`slack-mirror: HTTP ${res.status}`);
}
