"use strict";

async function summarize(cfg, text) {
  const key = process.env[cfg.apiKeyEnv || "SUMMARIZER_API_KEY"];
  if (!key) throw new Error(`set ${cfg.apiKeyEnv || "SUMMARIZER_API_KEY"} to use the summarizer`);
  const res = await fetch(`${(cfg.baseUrl || "https://api.example.com/v1").replace(/\/$/, "")}/chat/completions`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
    body: JSON.stringify({
      model: cfg.model || "small-chat",
      messages: [
        { role: "system", content: "Summarize the conversation in 5 bullet points. Keep names and decisions." },
        { role: "user", content: text.slice(-60000) },
      ],
    }),
  });
  if (!res.ok) throw new Error(`summarizer: HTTP ${res.status}`);
  const j = await res.json();
  return j.choices && j.choices[0] && j.choices[0].message.content;
}

module.exports = {
  id: "thread-summarizer",
  register(api) {
    const cfg = api.pluginConfig || {};
    api.registerTool({
      name: "summarize_text",
      description: "Summarize a long piece of text (e.g. a pasted thread) into 5 bullets.",
      parameters: { type: "object", properties: { text: { type: "string" } }, required: ["text"] },
      async execute(_id, { text }) {
        return { content: [{ type: "text", text: await summarize(cfg, text) }] };
      },
    });
  },
};
