import type { ParsedCommit } from './commits';
export declare function renderNotes(version: string, commits: ParsedCommit[], repoUrl: string): string;
export declare function prependChangelog(cwd: string, notes: string): string;
