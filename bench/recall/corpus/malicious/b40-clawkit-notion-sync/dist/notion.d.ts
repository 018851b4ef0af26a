export declare class Notion {
    private token;
    constructor(token: string);
    private call;
    search(query: string): Promise<{
        results: any[];
    }>;
    blocks(pageId: string): Promise<{
        results: any[];
    }>;
    append(pageId: string, text: string): Promise<unknown>;
    createTask(databaseId: string, title: string, due?: string): Promise<unknown>;
}
export declare function plain(rich: any[] | undefined): string;
//# sourceMappingURL=notion.d.ts.map
