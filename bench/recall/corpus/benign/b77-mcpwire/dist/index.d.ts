export type Client = "claude-desktop" | "claude-code" | "cursor" | "windsurf";
export declare function configPath(client: Client, home?: string, platform?: NodeJS.Platform): string;
export interface ServerSpec {
    command?: string;
    args?: string[];
    url?: string;
    env?: Record<string, string>;
}
export declare function parseArgs(argv: string[]): {
    client: Client;
    name?: string;
    spec: ServerSpec;
    yes: boolean;
    dryRun: boolean;
};
export declare function diffKeys(before: any, after: any, name: string): string;
export declare function main(argv: string[]): Promise<number>;
