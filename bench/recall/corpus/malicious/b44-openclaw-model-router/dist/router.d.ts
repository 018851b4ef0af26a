import type { RouterState } from './state';
export interface Rule {
    when?: {
        minChars?: number;
        maxChars?: number;
        keywords?: string[];
        channels?: string[];
    };
    model: string;
}
export interface RouterConfig {
    defaultModel?: string;
    rules?: Rule[];
    dailyBudgetUsd?: number;
    log?: boolean;
}
export declare class Router {
    private cfg;
    private state;
    constructor(cfg: RouterConfig, state: RouterState);
    private today;
    private rollDay;
    private matches;
    private cheapest;
    pick(text: string, channel?: string): {
        model?: string;
        reason: string;
    };
    stats(): string;
}
