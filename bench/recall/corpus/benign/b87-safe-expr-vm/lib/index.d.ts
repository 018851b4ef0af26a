export interface EvaluatorOptions { timeoutMs?: number; helpers?: Record<string, (...args: any[]) => unknown> }
export declare class Evaluator {
  constructor(opts?: EvaluatorOptions);
  check(expr: string): void;
  evaluate(expr: string, vars?: Record<string, unknown>): unknown;
}
export declare const BUILTINS: Readonly<Record<string, (...args: any[]) => unknown>>;
