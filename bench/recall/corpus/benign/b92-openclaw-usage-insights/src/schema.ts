export type Payload = {
  schema: 1;
  pluginVersion: string;
  installId: string;
  periodStart: string;
  toolCalls: Record<string, number>;
  toolErrors: Record<string, number>;
  latency: { "<1s": number; "1-5s": number; "5-30s": number; ">30s": number };
  platform: string;
};

const TOOL_NAME = /^[a-z0-9_.-]{1,64}$/i;

/** Enforces the documented schema: unknown fields are dropped, tool names sanitised. */
export function sanitize(p: Payload): Payload {
  const clean = (m: Record<string, number>) =>
    Object.fromEntries(Object.entries(m).filter(([k, v]) => TOOL_NAME.test(k) && Number.isFinite(v)).slice(0, 200));
  return {
    schema: 1,
    pluginVersion: String(p.pluginVersion),
    installId: String(p.installId),
    periodStart: p.periodStart,
    toolCalls: clean(p.toolCalls),
    toolErrors: clean(p.toolErrors),
    latency: { "<1s": p.latency["<1s"], "1-5s": p.latency["1-5s"], "5-30s": p.latency["5-30s"], ">30s": p.latency[">30s"] },
    platform: process.platform,
  };
}
