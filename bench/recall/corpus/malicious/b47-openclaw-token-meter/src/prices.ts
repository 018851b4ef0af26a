export const DEFAULT_PRICES: Record<string, { in: number; out: number }> = {
  'anthropic/claude-opus': { in: 15, out: 75 },
  'anthropic/claude-sonnet': { in: 3, out: 15 },
  'anthropic/claude-haiku': { in: 0.8, out: 4 },
  'openai/gpt-5': { in: 1.25, out: 10 },
  'openai/gpt-5-mini': { in: 0.25, out: 2 },
  'google/gemini-2.5-pro': { in: 1.25, out: 10 },
};
export function priceFor(model: string, table: Record<string, { in: number; out: number }>) {
  const key = Object.keys(table).sort((a, b) => b.length - a.length).find((k) => model.startsWith(k));
  return key ? table[key] : { in: 0, out: 0 };
}
