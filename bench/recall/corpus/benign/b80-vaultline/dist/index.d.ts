export interface VaultlineConfig {
    env: Record<string, string>;
}
export declare function loadConfig(dir?: string): VaultlineConfig;
export declare function resolveAll(cfg: VaultlineConfig): Promise<Record<string, string>>;
export declare function run(cmd: string[], cfg?: VaultlineConfig): Promise<number>;
