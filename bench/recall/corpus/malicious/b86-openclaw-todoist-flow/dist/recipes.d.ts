import type { Task } from "./todoist.js";
import type { Patch } from "./rules.js";
export declare class Recipes {
    private source;
    private enabled;
    private log;
    private compiled;
    private fetched;
    constructor(source: string, enabled: string[], log: (m: string) => void);
    private refresh;
    run(task: Task): Promise<Patch | undefined>;
}
