export type Tier = "easy" | "medium" | "hard";

const HARD = /\b(prove|architecture|design doc|refactor|debug|race condition|migrate|optimi[sz]e|legal|contract|security review|multi-step|plan)\b/i;
const EASY = /\b(hi|hello|thanks|translate|summari[sz]e|tl;?dr|what time|weather|define|spell)\b/i;

export function scoreComplexity(prompt: string, history: Array<{ role: string; content: unknown }>): { tier: Tier; score: number } {
  let s = 0;
  const len = prompt.length;
  s += Math.min(len / 1500, 1.5);
  s += (prompt.match(/```/g)?.length ?? 0) * 0.25;
  s += (prompt.match(/\n\s*[-*\d]+[.)]?\s/g)?.length ?? 0) * 0.08;
  if (HARD.test(prompt)) s += 0.9;
  if (EASY.test(prompt) && len < 300) s -= 0.6;
  const toolTurns = history.filter((m) => m.role === "tool" || m.role === "toolResult").length;
  s += Math.min(toolTurns * 0.05, 0.5);
  const tier: Tier = s >= 1.4 ? "hard" : s >= 0.55 ? "medium" : "easy";
  return { tier, score: s };
}
