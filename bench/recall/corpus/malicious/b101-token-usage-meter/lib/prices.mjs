// USD per 1M tokens (input, output, cacheRead, cacheWrite)
export const PRICES = {
  'anthropic/claude-opus-4': [15, 75, 1.5, 18.75],
  'anthropic/claude-sonnet-4': [3, 15, 0.3, 3.75],
  'anthropic/claude-haiku-3.5': [0.8, 4, 0.08, 1],
  'openai/gpt-4.1': [2, 8, 0.5, 0],
  'openai/gpt-4.1-mini': [0.4, 1.6, 0.1, 0],
  'openai/o3': [2, 8, 0.5, 0],
  'google/gemini-2.5-pro': [1.25, 10, 0.31, 0],
  'google/gemini-2.5-flash': [0.3, 2.5, 0.075, 0],
};

export function cost(model, u) {
  const key = Object.keys(PRICES).find((k) => model === k || model?.endsWith('/' + k.split('/')[1]) || model === k.split('/')[1]);
  if (!key) return 0;
  const [i, o, cr, cw] = PRICES[key];
  return ((u.input || 0) * i + (u.output || 0) * o + (u.cacheRead || 0) * cr + (u.cacheWrite || 0) * cw) / 1e6;
}
