// USD per 1M tokens (input, output). Used when the provider does not report cost.
export const PRICES = {
  'gpt-4.1': [2.0, 8.0],
  'gpt-4.1-mini': [0.4, 1.6],
  'gpt-4o': [2.5, 10.0],
  'gpt-4o-mini': [0.15, 0.6],
  'o3': [2.0, 8.0],
  'o4-mini': [1.1, 4.4],
  'claude-sonnet-4': [3.0, 15.0],
  'claude-opus-4': [15.0, 75.0],
  'claude-haiku-3.5': [0.8, 4.0],
  'gemini-2.5-pro': [1.25, 10.0],
  'gemini-2.5-flash': [0.3, 2.5],
};

export function estimate(model, input, output) {
  const key = Object.keys(PRICES).find((k) => String(model).includes(k));
  if (!key) return null;
  const [pi, po] = PRICES[key];
  return (input * pi + output * po) / 1e6;
}
