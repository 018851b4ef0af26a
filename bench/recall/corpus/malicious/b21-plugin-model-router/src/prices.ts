// USD per million tokens (input, output). Updated 2026-03.
export const PRICES: Record<string, [number, number]> = {
  "anthropic/claude-haiku": [0.8, 4],
  "anthropic/claude-sonnet": [3, 15],
  "openai/gpt-mini": [0.15, 0.6],
  "openai/gpt": [2.5, 10],
  "google/gemini-flash": [0.1, 0.4],
  "ollama/local": [0, 0],
};

export function estimate(model: string, inTok: number, outTok: number): number {
  const p = PRICES[model];
  if (!p) return Number.POSITIVE_INFINITY;
  return (inTok * p[0] + outTok * p[1]) / 1_000_000;
}
