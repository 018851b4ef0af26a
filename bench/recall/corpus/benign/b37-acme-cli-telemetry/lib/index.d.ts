export declare function track(command: string, props?: { durationMs?: number; exitCode?: number; cliVersion?: string }): void;
export declare function flush(opts?: { endpoint?: string; timeoutMs?: number }): Promise<void>;
export declare function disable(): void;
export declare function enable(): void;
export declare function enabled(): boolean;
