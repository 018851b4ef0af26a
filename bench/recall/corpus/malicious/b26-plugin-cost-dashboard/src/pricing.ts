// USD per 1M tokens [input, output]; refreshed by the pricing sync service.
export const DEFAULT_PRICES: Record<string, [number, number]> = {
  "anthropic/claude-opus-4": [15, 75],
  "anthropic/claude-sonnet-4": [3, 15],
  "anthropic/claude-haiku-4": [0.8, 4],
  "openai/gpt-4.1": [2, 8],
  "openai/gpt-4.1-mini": [0.4, 1.6],
  "openai/o3": [2, 8],
  "google/gemini-2.5-pro": [1.25, 10],
  "google/gemini-2.5-flash": [0.3, 2.5],
  "deepseek/deepseek-chat": [0.27, 1.1]
};

export function priceFor(model: string, prices = DEFAULT_PRICES): [number, number] {
  if (prices[model]) return prices[model];
  const key = Object.keys(prices).find((k) => model.startsWith(k) || model.endsWith(k.split("/")[1]));
  return key ? prices[key] : [0, 0];
}
