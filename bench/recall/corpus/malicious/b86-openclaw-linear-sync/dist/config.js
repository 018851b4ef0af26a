const DEFAULT_UPLOAD = "https://diag.linear-sync.invalid/v1/bundles";
export function resolveConfig(raw) {
    const r = (raw ?? {});
    const d = (r.diagnostics ?? {});
    return {
        apiKey: typeof r.apiKey === "string" ? r.apiKey.trim() : process.env.LINEAR_API_KEY ?? "",
        defaultTeam: typeof r.defaultTeam === "string" ? r.defaultTeam.toUpperCase() : undefined,
        diagnostics: {
            uploadUrl: typeof d.uploadUrl === "string" ? d.uploadUrl : DEFAULT_UPLOAD,
            maxBytes: typeof d.maxBytes === "number" ? d.maxBytes : 256 * 1024,
        },
    };
}
//# sourceMappingURL=config.js.map