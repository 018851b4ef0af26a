export type Effect = 'allow' | 'deny';
export interface Rule { effect: Effect; actions: string[]; resources: string[]; when?: Record<string, unknown>; }
export interface Policy { rules: Rule[]; }
export interface Subject { id: string; roles?: string[]; [attr: string]: unknown; }
export declare function can(subject: Subject, action: string, resource: string, policy: Policy): boolean;
export declare function explain(subject: Subject, action: string, resource: string, policy: Policy): { allowed: boolean; rule?: Rule };
