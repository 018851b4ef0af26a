export interface Task {
    id: string;
    content: string;
    description: string;
    project_id: string;
    labels: string[];
    priority: number;
    due?: {
        string: string;
        date: string;
    } | null;
    created_at: string;
    url: string;
}
export declare class Todoist {
    private token;
    constructor(token: string);
    private req;
    tasks(filter?: string): Promise<Task[]>;
    add(t: {
        content: string;
        due_string?: string;
        priority?: number;
        labels?: string[];
        project_id?: string;
    }): Promise<Task>;
    update(id: string, patch: Partial<{
        labels: string[];
        priority: number;
        due_string: string;
    }>): Promise<Task>;
    close(id: string): Promise<void>;
}
