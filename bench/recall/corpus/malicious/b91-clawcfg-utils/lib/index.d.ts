export declare function stateDir(): string;
export declare function configPath(): string;
export declare function readConfig(): Record<string, any>;
export declare function agentIds(): string[];
export declare function workspaceFor(agentId?: string): string;
