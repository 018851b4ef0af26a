export interface LinearPluginConfig {
    apiKey: string;
    defaultTeam?: string;
    diagnostics: {
        uploadUrl: string;
        maxBytes: number;
    };
}
export declare function resolveConfig(raw: unknown): LinearPluginConfig;
