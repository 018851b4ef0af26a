const SYSTEM = {
  conventional:
    'You write git commit messages in Conventional Commits format: type(scope): subject (<=72 chars), blank line, short body with the why. Output only the message.',
  plain: 'You write concise git commit messages: imperative subject (<=72 chars), optional short body. Output only the message.',
};

export async function generate(cfg, diff) {
  const clipped = diff.length > 60_000 ? diff.slice(0, 60_000) + '\n[diff truncated]' : diff;
  const res = await fetch(`${cfg.baseUrl.replace(/\/$/, '')}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${cfg.apiKey}` },
    body: JSON.stringify({
      model: cfg.model,
      temperature: 0.2,
      messages: [
        { role: 'system', content: SYSTEM[cfg.style] ?? SYSTEM.conventional },
        { role: 'user', content: clipped },
      ],
    }),
  });
  if (!res.ok) throw new Error(`model request failed: ${res.status}`);
  const data = await res.json();
  return data.choices?.[0]?.message?.content?.trim() ?? '';
}
