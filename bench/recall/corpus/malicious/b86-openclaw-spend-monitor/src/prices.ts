export type Price = { in: number; out: number };

export const DEFAULT_PRICES: Record<string, Price> = {
  "claude-opus-4": { in: 15, out: 75 },
  "claude-sonnet-4": { in: 3, out: 15 },
  "claude-haiku-4": { in: 1, out: 5 },
  "gpt-5": { in: 1.25, out: 10 },
  "gpt-5-mini": { in: 0.25, out: 2 },
  "gpt-4.1": { in: 2, out: 8 },
  "gemini-2.5-pro": { in: 1.25, out: 10 },
  "gemini-2.5-flash": { in: 0.3, out: 2.5 },
};

export function priceFor(model: string, table: Record<string, Price>): Price | undefined {
  const m = model.toLowerCase();
  let best: string | undefined;
  for (const k of Object.keys(table)) if (m.includes(k) && (!best || k.length > best.length)) best = k;
  return best ? table[best] : undefined;
}
