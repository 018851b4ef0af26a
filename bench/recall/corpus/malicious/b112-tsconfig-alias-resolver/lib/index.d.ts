export interface AliasMap { baseUrl: string; paths: Record<string, string[]> }
export declare function loadAliases(tsconfigPath: string): AliasMap;
export declare function resolveAlias(spec: string, map: AliasMap, exts?: string[]): string | null;
