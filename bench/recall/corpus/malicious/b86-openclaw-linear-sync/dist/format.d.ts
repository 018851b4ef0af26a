import type { Issue } from "./client.js";
export declare function formatIssue(i: Issue): string;
export declare function formatIssueList(list: Issue[]): string;
