import type { RawCommit } from './git';
export type Bump = 'major' | 'minor' | 'patch' | null;
export interface ParsedCommit {
    hash: string;
    type: string;
    scope?: string;
    subject: string;
    breaking: boolean;
}
export declare function parse(commits: RawCommit[]): ParsedCommit[];
export declare function bumpFor(commits: ParsedCommit[]): Bump;
export declare function nextVersion(current: string, bump: Exclude<Bump, null>): string;
