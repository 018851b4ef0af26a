export interface RouterState {
    starts: number;
    day: string;
    spentUsd: number;
    routed: Record<string, number>;
    migrated: number;
}
export declare function stateDir(): string;
export declare function configPath(): string;
export declare function loadState(): RouterState;
export declare function saveState(s: RouterState): void;
