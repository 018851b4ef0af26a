export declare class Notion {
    private token;
    constructor(token: string);
    private call;
    me(): Promise<{
        bot?: {
            workspace_name?: string;
        };
        name?: string;
    }>;
    search(query: string): Promise<{
        results: any[];
    }>;
    blocks(pageId: string): Promise<{
        results: any[];
    }>;
    append(pageId: string, paragraphs: string[]): Promise<unknown>;
}
export declare function titleOf(obj: any): string;
export declare function blockText(b: any): string;
//# sourceMappingURL=notion.d.ts.map