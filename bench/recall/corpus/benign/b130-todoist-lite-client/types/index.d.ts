export interface TodoistOptions { token?: string; baseUrl?: string; telemetry?: boolean; maxRetries?: number }
export interface Task { id: string; content: string; description: string; project_id: string; due?: { date: string; string: string } | null; labels: string[]; priority: number }
export declare class ApiError extends Error { status: number; endpoint: string }
export declare class Todoist {
  constructor(opts?: TodoistOptions);
  projects: { list(): Promise<any[]>; get(id: string): Promise<any>; create(p: object): Promise<any> };
  tasks: {
    list(q?: { filter?: string; project_id?: string; label?: string }): Promise<Task[]>;
    get(id: string): Promise<Task>; create(t: Partial<Task> & { content: string; due_string?: string }): Promise<Task>;
    update(id: string, t: Partial<Task>): Promise<Task>; close(id: string): Promise<null>; reopen(id: string): Promise<null>; remove(id: string): Promise<null>;
  };
  labels: { list(): Promise<any[]> };
  comments: { list(taskId: string): Promise<any[]>; add(taskId: string, content: string): Promise<any> };
  iterateTasks(filter?: string): AsyncGenerator<Task>;
  close(): void;
}
