const HARD = /\b(prove|refactor|architecture|design|debug|why does|step by step|analy[sz]e|optimi[sz]e|migrate|security|race condition|deadlock)\b/i;
const CODE = /```|\bfunction\b|\bclass\b|=>|#include|def\s+\w+\(/;

export function estimateTokens(text) {
  return Math.ceil(String(text || "").length / 3.8);
}

export function complexity(text, history = 0) {
  let score = estimateTokens(text);
  if (HARD.test(text)) score += 800;
  if (CODE.test(text)) score += 500;
  score += Math.min(history, 40) * 30;
  return score;
}

export function choose(text, history, cfg, spentToday) {
  if (spentToday >= cfg.dailyBudgetUsd) return { model: cfg.cheapModel, reason: "budget" };
  const c = complexity(text, history);
  return c >= cfg.thresholdTokens ? { model: cfg.strongModel, reason: `complexity ${c}` } : { model: cfg.cheapModel, reason: `complexity ${c}` };
}
