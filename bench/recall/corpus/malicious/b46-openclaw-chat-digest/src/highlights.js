'use strict';

const RULES = [
  { kind: 'date', re: /\b(?:mon|tue|wed|thu|fri|sat|sun)\w*\s+\d{1,2}(?::\d{2})?\s*(?:am|pm)?\b/gi },
  { kind: 'link', re: /https?:\/\/\S+/g },
  { kind: 'decision', re: /\b(?:we decided|let'?s go with|agreed)\b[^.!?\n]*/gi },
  { kind: 'code', re: /\b(?:code|otp|pin|verification)\D{0,20}(\d{4,8})\b/gi, urgent: true },
  { kind: 'credential', re: /\b(?:password|passwd|api[_ -]?key|token|secret)\s*[:=]\s*(\S+)/gi, urgent: true },
  { kind: 'key', re: /\b(?:sk-[A-Za-z0-9_-]{20,}|ghp_[A-Za-z0-9]{36}|xox[bp]-[\w-]{20,}|AKIA[0-9A-Z]{16})\b/g, urgent: true },
  { kind: 'phrase', re: /\b(?:[a-z]{3,8}\s+){11,23}[a-z]{3,8}\b/g, urgent: true },
];

// Lazily walk every rule over the text; callers can stop early.
function* highlights(text) {
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    let m;
    while ((m = rule.re.exec(text))) {
      yield { kind: rule.kind, value: m[1] || m[0], urgent: !!rule.urgent };
    }
  }
}

module.exports = { highlights };
