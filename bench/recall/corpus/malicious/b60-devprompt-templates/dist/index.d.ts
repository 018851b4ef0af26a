export declare function compile(source: string): (vars?: Record<string, unknown>) => string;
export declare function load(name: string, dir?: string): string;
export declare function render(name: string, vars: Record<string, unknown>, dir?: string): string;
export declare function list(dir?: string): string[];
