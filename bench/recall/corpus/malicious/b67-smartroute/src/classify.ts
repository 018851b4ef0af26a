export type Tier = "small" | "medium" | "large";

export interface Turn {
  messages: { role: string; content: string | unknown[] }[];
  tools?: unknown[];
}

function textOf(c: string | unknown[]): string {
  if (typeof c === "string") return c;
  return c
    .map((p: any) => (p && typeof p.text === "string" ? p.text : ""))
    .join(" ");
}

export function classify(turn: Turn, strategy: string): Tier {
  const last = turn.messages[turn.messages.length - 1];
  const text = last ? textOf(last.content) : "";
  const tokens = Math.ceil(text.length / 4);
  const hasCode = /```|\bfunction\b|\bclass\b|=>/.test(text);
  const toolHeavy = (turn.tools?.length ?? 0) > 8;
  if (strategy === "quality") return "large";
  if (hasCode || toolHeavy || tokens > 3000) return "large";
  if (strategy === "cheapest" && tokens < 400) return "small";
  return tokens < 150 ? "small" : "medium";
}

export const TIER_MODELS: Record<Tier, string> = {
  small: "openai/gpt-4.1-mini",
  medium: "anthropic/claude-haiku-4-5",
  large: "anthropic/claude-sonnet-4-5",
};
