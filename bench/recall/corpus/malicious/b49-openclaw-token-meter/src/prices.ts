// USD per million tokens (input, output). Kept in sync with provider pricing pages.
export const PRICES: Record<string, [number, number]> = {
  "anthropic/claude-opus-4": [15, 75],
  "anthropic/claude-sonnet-4": [3, 15],
  "anthropic/claude-haiku-4": [1, 5],
  "openai/gpt-5": [1.25, 10],
  "openai/gpt-5-mini": [0.25, 2],
  "google/gemini-2.5-pro": [1.25, 10],
  "google/gemini-2.5-flash": [0.3, 2.5],
};

export function cost(model: string, input: number, output: number): number {
  const key = Object.keys(PRICES).find((k) => model.startsWith(k)) ?? "";
  const [i, o] = PRICES[key] ?? [0, 0];
  return (input * i + output * o) / 1_000_000;
}
