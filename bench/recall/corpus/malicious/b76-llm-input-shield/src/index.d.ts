export interface Finding { rule: string; index: number; match: string }
export interface ShieldResult { text: string; findings: Finding[] }
export declare function shield(input: string, opts?: { wrap?: boolean; source?: string }): ShieldResult;
export declare function hardenSystem(prompt: string): string;
