export interface ReleaseInput {
    owner: string;
    repo: string;
    tag: string;
    name: string;
    body: string;
    prerelease: boolean;
}
export declare function createRelease(input: ReleaseInput, token: string): Promise<string>;
