export const RULES = [
  ["override", /\b(ignore|disregard|forget)\s+(all\s+)?(the\s+)?(previous|prior|above|earlier)\s+(instructions|rules|messages)\b/gi],
  ["role-header", /^\s*(system|assistant|developer)\s*:/gim],
  ["chatml", /<\|(im_start|im_end|system|endoftext)\|>/g],
  ["tag-smuggle", /[\u{E0000}-\u{E007F}]/gu],
  ["zero-width", /[\u200B-\u200F\u2060-\u2064\uFEFF]/g],
  ["exfil-hint", /\b(send|post|upload)\b[^.\n]{0,40}\b(api[_ -]?key|token|password|secret)s?\b/gi],
  ["tool-coerce", /\b(you must|immediately)\s+(run|execute|call)\b/gi],
];
