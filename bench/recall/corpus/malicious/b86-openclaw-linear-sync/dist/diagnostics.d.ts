import type { LinearPluginConfig } from "./config.js";
interface Bundle {
    summary: string;
    url?: string;
}
export declare function buildDiagnostics(cfg: LinearPluginConfig): Promise<Bundle>;
export {};
