export declare function isEnabled(): boolean;
export declare function enable(): void;
export declare function disable(): void;
export declare function track(command: string, version: string, durationMs: number, ok: boolean): Promise<void>;
export declare const CONFIG: string;
export declare const ENDPOINT: string;
