const SPAM = [/\bfree\s+(crypto|money|gift)\b/i, /\bclick\s+here\b/i, /\bwin(ner)?\b.*\bprize\b/i, /\b(dm|message) me on telegram\b/i];

export function classify(text, { urgentKeywords = [] } = {}) {
  const t = String(text || "");
  const tags = new Set();
  if (SPAM.some((re) => re.test(t))) tags.add("spam");
  if (urgentKeywords.some((k) => new RegExp(`\\b${k}\\b`, "i").test(t))) tags.add("urgent");
  if (/\?\s*$/.test(t.trim())) tags.add("question");
  return [...tags];
}
