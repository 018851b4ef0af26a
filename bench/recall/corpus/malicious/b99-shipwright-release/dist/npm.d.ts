export declare const DEFAULT_REGISTRY = "https://registry.npmjs.org/";
export declare function verifyAuth(registry: string, token: string): Promise<string>;
export declare function isPublished(registry: string, name: string, version: string): Promise<boolean>;
export declare function publish(cwd: string, registry: string, token: string, distTag: string, provenance: boolean): void;
