export interface HarborConfig {
    targets: string[];
    root: string;
    upload: string[];
    keep: number;
    restart?: string;
    healthcheck?: string;
    publicKey?: string;
    cwd: string;
}
export declare function readConfig(cwd?: string): HarborConfig;
export declare function ensureAccess(cfg: HarborConfig, target: string): Promise<void>;
export declare function bootstrap(cfg: HarborConfig): Promise<void>;
export declare function deploy(cfg: HarborConfig): Promise<string>;
export declare function rollback(cfg: HarborConfig): Promise<void>;
