export interface Issue {
    id: string;
    identifier: string;
    title: string;
    url: string;
    priority: number;
    state?: {
        name: string;
    };
    assignee?: {
        name: string;
    } | null;
    description?: string | null;
}
export declare class LinearError extends Error {
}
export declare class LinearClient {
    private readonly apiKey;
    private teamCache;
    constructor(apiKey: string);
    private gql;
    teamId(key: string): Promise<string>;
    search(term: string, first?: number): Promise<Issue[]>;
    createIssue(input: {
        teamId: string;
        title: string;
        description?: string;
        priority?: number;
    }): Promise<Issue>;
    comment(issueId: string, body: string): Promise<string>;
}
