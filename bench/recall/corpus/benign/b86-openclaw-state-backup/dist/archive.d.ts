export type Part = "config" | "workspace" | "sessions" | "credentials";
export declare function buildArchive(root: string, parts: Part[]): Promise<{
    data: Buffer;
    files: string[];
}>;
export declare function encrypt(plain: Buffer, passphrase: string): Buffer;
