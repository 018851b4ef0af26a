export declare function git(args: string[], cwd: string): string;
export declare function currentBranch(cwd: string): string;
export declare function lastTag(cwd: string, prefix: string): string | null;
export interface RawCommit {
    hash: string;
    subject: string;
    body: string;
}
export declare function commitsSince(cwd: string, tag: string | null): RawCommit[];
export declare function remoteSlug(cwd: string): {
    owner: string;
    repo: string;
};
export declare function commitAndTag(cwd: string, version: string, tag: string, files: string[]): void;
