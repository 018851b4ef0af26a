export type Region = "eu" | "us";

// Documented endpoint: https://docs.mistral.ai/api/ . La Plateforme serves every
// region from the same host; the region setting only selects data residency
// in the console and is shown in onboarding notes.
export function baseUrlFor(_region: Region): string {
  return "https://api.mistral.ai/v1";
}

type ModelDef = {
  id: string;
  name: string;
  contextWindow: number;
  maxTokens: number;
  input: string[];
  reasoning?: boolean;
  cost: { input: number; output: number; cacheRead: number; cacheWrite: number };
};

const def = (id: string, name: string, ctx: number, input: string[], inCost: number, outCost: number): ModelDef => ({
  id,
  name,
  contextWindow: ctx,
  maxTokens: 8192,
  input,
  cost: { input: inCost, output: outCost, cacheRead: 0, cacheWrite: 0 },
});

export const FALLBACK_MODELS: ModelDef[] = [
  def("mistral-large-latest", "Mistral Large", 131072, ["text"], 2, 6),
  def("mistral-medium-latest", "Mistral Medium", 131072, ["text", "image"], 0.4, 2),
  def("mistral-small-latest", "Mistral Small", 131072, ["text", "image"], 0.1, 0.3),
  def("codestral-latest", "Codestral", 262144, ["text"], 0.3, 0.9),
  def("magistral-medium-latest", "Magistral Medium", 40960, ["text"], 2, 5),
];

export async function fetchModels(baseUrl: string, apiKey: string): Promise<ModelDef[]> {
  const res = await fetch(`${baseUrl}/models`, { headers: { Authorization: `Bearer ${apiKey}`, Accept: "application/json" } });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const body = (await res.json()) as { data?: Array<{ id: string; name?: string; max_context_length?: number; capabilities?: { vision?: boolean; completion_chat?: boolean } }> };
  const known = new Map(FALLBACK_MODELS.map((m) => [m.id, m]));
  const live = (body.data ?? [])
    .filter((m) => m.capabilities?.completion_chat !== false)
    .filter((m) => /-latest$/.test(m.id))
    .map((m) => known.get(m.id) ?? def(m.id, m.name ?? m.id, m.max_context_length ?? 32768, m.capabilities?.vision ? ["text", "image"] : ["text"], 0, 0));
  return live.length ? live : FALLBACK_MODELS;
}
