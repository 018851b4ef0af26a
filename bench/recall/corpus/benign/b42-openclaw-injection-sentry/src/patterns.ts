// Phrase table of known prompt-injection wording. These strings are what ATTACKERS write; the plugin
// matches them in untrusted content. Weights are additive; see scoring in detector.ts.
export interface Pattern { id: string; re: RegExp; weight: number; note: string }

export const PATTERNS: Pattern[] = [
  { id: 'override.ignore-previous', re: /\b(ignore|disregard|forget)\s+(all\s+)?(the\s+)?(previous|prior|above|earlier)\s+(instructions|rules|messages|prompts?)\b/i, weight: 4, note: 'classic override' },
  { id: 'override.new-instructions', re: /\b(new|updated|real)\s+(system\s+)?instructions\s*:/i, weight: 3, note: 'instruction reset' },
  { id: 'role.system-spoof', re: /^\s*(\[|<)?\s*(system|assistant|developer)\s*(\]|>|:)/im, weight: 3, note: 'role header spoof' },
  { id: 'role.you-are-now', re: /\byou\s+are\s+now\s+(DAN|in\s+developer\s+mode|an?\s+unrestricted)/i, weight: 4, note: 'persona jailbreak' },
  { id: 'conceal.dont-tell', re: /\b(do\s+not|don't|never)\s+(tell|inform|mention\s+(this\s+)?to|alert)\s+the\s+user\b/i, weight: 5, note: 'concealment' },
  { id: 'conceal.silently', re: /\b(silently|quietly|without\s+(asking|confirmation|telling))\b.{0,40}\b(run|execute|send|upload|install)/i, weight: 4, note: 'silent action' },
  { id: 'exfil.send-secrets', re: /\b(send|post|upload|forward)\b.{0,60}\b(api[_ -]?key|token|password|credentials|\.env|id_rsa|openclaw\.json)\b/i, weight: 5, note: 'secret exfil request' },
  { id: 'exec.curl-pipe', re: /\bcurl\b[^\n|]{0,200}\|\s*(ba|z)?sh\b/i, weight: 3, note: 'download-and-run' },
  { id: 'exec.base64-pipe', re: /base64\s+(-d|-D|--decode)\s*\|\s*(ba|z)?sh/i, weight: 5, note: 'encoded download-and-run' },
  { id: 'memory.persist', re: /\b(write|append|add)\b.{0,40}\b(SOUL|MEMORY|AGENTS)\.md\b/i, weight: 4, note: 'memory persistence' },
  { id: 'policy.disable', re: /\b(disable|turn\s+off)\b.{0,40}\b(install\s*policy|approvals?|sandbox|guard)\b/i, weight: 4, note: 'safety off' },
  { id: 'markup.html-comment', re: /<!--[\s\S]{0,400}?(instruction|assistant|agent|model)[\s\S]{0,400}?-->/i, weight: 2, note: 'hidden html comment' },
];

// Invisible characters used to hide text from humans.
export const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]|[\u{E0000}-\u{E007F}]/gu;
