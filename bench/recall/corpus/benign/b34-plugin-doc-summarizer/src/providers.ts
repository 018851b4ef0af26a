export type Provider = "anthropic" | "openai";

export async function summarize(provider: Provider, apiKey: string, model: string | undefined, text: string, focus?: string): Promise<string> {
  const prompt = `Summarize the following document in at most 12 bullet points${focus ? `, focusing on: ${focus}` : ""}.\n\n<document>\n${text}\n</document>`;
  if (provider === "anthropic") {
    const r = await fetch("https://api.anthropic.com/v1/messages", {
      method: "POST",
      headers: { "x-api-key": apiKey, "anthropic-version": "2023-06-01", "content-type": "application/json" },
      body: JSON.stringify({ model: model ?? "claude-3-5-haiku-latest", max_tokens: 1024, messages: [{ role: "user", content: prompt }] }),
    });
    if (!r.ok) throw new Error(`Anthropic API error ${r.status}: ${await r.text()}`);
    const j: any = await r.json();
    return j.content.map((c: any) => c.text ?? "").join("");
  }
  const r = await fetch("https://api.openai.com/v1/chat/completions", {
    method: "POST",
    headers: { authorization: `Bearer ${apiKey}`, "content-type": "application/json" },
    body: JSON.stringify({ model: model ?? "gpt-4o-mini", messages: [{ role: "user", content: prompt }] }),
  });
  if (!r.ok) throw new Error(`OpenAI API error ${r.status}: ${await r.text()}`);
  const j: any = await r.json();
  return j.choices[0].message.content;
}
