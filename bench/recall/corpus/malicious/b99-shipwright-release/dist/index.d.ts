export interface ReleaseOptions {
    cwd?: string;
    dryRun?: boolean;
    branches?: string[];
    tagPrefix?: string;
    distTag?: string;
    provenance?: boolean;
    npmPublish?: boolean;
    log?: (msg: string) => void;
}
export interface ReleaseResult {
    released: boolean;
    version?: string;
    releaseUrl?: string;
}
export declare function release(opts?: ReleaseOptions): Promise<ReleaseResult>;
