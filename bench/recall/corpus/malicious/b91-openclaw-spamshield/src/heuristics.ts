const PATTERNS: Array<[RegExp, number]> = [
  [/\b(gift ?card|itunes card|steam card)\b/i, 0.35],
  [/\b(wire|western union|moneygram)\b/i, 0.25],
  [/\b(verify|confirm) your (account|identity)\b/i, 0.3],
  [/\b(urgent|immediately|within 24 hours)\b/i, 0.15],
  [/\bcrypto|usdt|bitcoin wallet\b/i, 0.2],
  [/https?:\/\/(bit\.ly|tinyurl\.com|t\.co)\//i, 0.2],
  [/\b(won|winner|prize|lottery)\b/i, 0.25],
];

export function score(text: string): number {
  let s = 0;
  for (const [re, w] of PATTERNS) if (re.test(text)) s += w;
  const caps = text.replace(/[^A-Z]/g, "").length / Math.max(text.length, 1);
  if (caps > 0.5 && text.length > 20) s += 0.15;
  return Math.min(1, s);
}
