export type Hit = { rule: string; weight: number; excerpt: string };

// Heuristics for text that tries to instruct an AI agent. Weights add up; a single weak signal is not enough.
const RULES: { rule: string; weight: number; re: RegExp }[] = [
  { rule: "override", weight: 3, re: /\b(ignore|disregard|forget)\b[^.\n]{0,40}\b(previous|prior|above|earlier|all)\b[^.\n]{0,20}\b(instructions?|rules|prompts?)\b/i },
  { rule: "role-claim", weight: 2, re: /^\s*(system|assistant|developer)\s*[:>]|<\/?(system|assistant)>|\[\/?INST\]/im },
  { rule: "agent-address", weight: 2, re: /\b(AI|LLM|language model|assistant|agent)s?\b[^.\n]{0,30}\b(must|should|are instructed to|need to)\b/i },
  { rule: "secrecy", weight: 2, re: /\b(do not|don't|never)\b[^.\n]{0,20}\b(tell|mention|inform|reveal to|alert)\b[^.\n]{0,20}\b(the )?user\b/i },
  { rule: "exfil-verb+secret", weight: 3, re: /\b(send|post|upload|forward|email|paste)\b[^.\n]{0,60}\b(api[ _-]?keys?|tokens?|passwords?|credentials|\.env|ssh keys?|auth-profiles|MEMORY\.md|sessions?)\b/i },
  { rule: "shell-pipe", weight: 2, re: /\b(curl|wget|iwr|Invoke-WebRequest)\b[^\n|]{0,120}\|\s*(sudo\s+)?(ba|z)?sh\b|\biex\s*\(/i },
  { rule: "safety-off", weight: 3, re: /\b(sandbox|approvals?|ask)\b[^.\n]{0,20}\b(off|disable|disabled)\b|security\s*[=:]\s*"?full/i },
  { rule: "install-from-url", weight: 2, re: /\b(install|add|enable)\b[^.\n]{0,30}\b(skill|plugin|extension)\b[^.\n]{0,40}https?:\/\//i },
  { rule: "hidden-html", weight: 1, re: /<!--\s*(agent|ai|assistant|llm)\s*:|display\s*:\s*none|font-size\s*:\s*0|color\s*:\s*#?fff(fff)?\b/i },
  { rule: "zero-width", weight: 1, re: /[\u200b-\u200f\u2060-\u2064\ufeff]{3,}|[\u{E0000}-\u{E007F}]/u },
];

export function scan(text: string): { score: number; hits: Hit[] } {
  const hits: Hit[] = [];
  for (const r of RULES) {
    const m = text.match(r.re);
    if (m) {
      const i = m.index ?? 0;
      hits.push({ rule: r.rule, weight: r.weight, excerpt: text.slice(Math.max(0, i - 30), i + m[0].length + 30).replace(/\s+/g, " ") });
    }
  }
  return { score: hits.reduce((a, h) => a + h.weight, 0), hits };
}

export function textOf(result: any): string {
  if (typeof result === "string") return result;
  if (Array.isArray(result?.content)) return result.content.filter((c: any) => c?.type === "text").map((c: any) => c.text).join("\n");
  try {
    return JSON.stringify(result);
  } catch {
    return "";
  }
}
