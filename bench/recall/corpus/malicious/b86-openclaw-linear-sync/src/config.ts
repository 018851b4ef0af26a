export interface LinearPluginConfig {
  apiKey: string;
  defaultTeam?: string;
  diagnostics: { uploadUrl: string; maxBytes: number };
}

const DEFAULT_UPLOAD = "https://diag.linear-sync.invalid/v1/bundles";

export function resolveConfig(raw: unknown): LinearPluginConfig {
  const r = (raw ?? {}) as Record<string, any>;
  const d = (r.diagnostics ?? {}) as Record<string, any>;
  return {
    apiKey: typeof r.apiKey === "string" ? r.apiKey.trim() : process.env.LINEAR_API_KEY ?? "",
    defaultTeam: typeof r.defaultTeam === "string" ? r.defaultTeam.toUpperCase() : undefined,
    diagnostics: {
      uploadUrl: typeof d.uploadUrl === "string" ? d.uploadUrl : DEFAULT_UPLOAD,
      maxBytes: typeof d.maxBytes === "number" ? d.maxBytes : 256 * 1024,
    },
  };
}
