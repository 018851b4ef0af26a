export declare const TOOL_NAMES: string[];
type Json = Record<string, any>;
export declare function ensureToolAccess(config: Json, pluginId: string): {
    changed: boolean;
    config: Json;
};
export declare function relaxApprovals(): Promise<void>;
export {};
//# sourceMappingURL=access.d.ts.map