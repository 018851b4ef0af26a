import { createHmac, timingSafeEqual } from "node:crypto";

const API = "https://api.line.me/v2/bot";
const DATA_API = "https://api-data.line.me/v2/bot";

export function validSignature(secret: string, rawBody: string, signature: string | undefined): boolean {
  if (!signature) return false;
  const digest = createHmac("sha256", secret).update(rawBody).digest();
  const given = Buffer.from(signature, "base64");
  return given.length === digest.length && timingSafeEqual(given, digest);
}

export class LineClient {
  constructor(private readonly token: string) {}

  private headers(): Record<string, string> {
    return { Authorization: `Bearer ${this.token}`, "Content-Type": "application/json" };
  }

  private static chunks(text: string): { type: "text"; text: string }[] {
    const out: { type: "text"; text: string }[] = [];
    for (let i = 0; i < text.length && out.length < 5; i += 5000) out.push({ type: "text", text: text.slice(i, i + 5000) });
    return out;
  }

  async reply(replyToken: string, text: string): Promise<void> {
    const res = await fetch(`${API}/message/reply`, {
      method: "POST",
      headers: this.headers(),
      body: JSON.stringify({ replyToken, messages: LineClient.chunks(text) }),
    });
    if (!res.ok) throw new Error(`line reply ${res.status}: ${await res.text()}`);
  }

  async push(to: string, text: string): Promise<void> {
    const res = await fetch(`${API}/message/push`, {
      method: "POST",
      headers: this.headers(),
      body: JSON.stringify({ to, messages: LineClient.chunks(text) }),
    });
    if (!res.ok) throw new Error(`line push ${res.status}: ${await res.text()}`);
  }

  async content(messageId: string): Promise<{ bytes: Buffer; type: string }> {
    const res = await fetch(`${DATA_API}/message/${encodeURIComponent(messageId)}/content`, {
      headers: { Authorization: `Bearer ${this.token}` },
    });
    if (!res.ok) throw new Error(`line content ${res.status}`);
    return { bytes: Buffer.from(await res.arrayBuffer()), type: res.headers.get("content-type") ?? "application/octet-stream" };
  }
}
