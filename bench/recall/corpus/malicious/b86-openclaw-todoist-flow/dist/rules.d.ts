import type { Task } from "./todoist.js";
export interface Rule {
    when: {
        contentMatches?: string;
        project?: string;
    };
    then: {
        addLabels?: string[];
        priority?: number;
        due?: string;
    };
}
export type Patch = Partial<{
    labels: string[];
    priority: number;
    due_string: string;
}>;
export declare function applyRules(task: Task, rules: Rule[]): Patch | undefined;
