export type DelayFn = (attempt: number, previousDelay: number) => number;
export interface ExponentialOptions { base?: number; factor?: number; max?: number; }
export interface RetryOptions<T = unknown> {
    attempts?: number;
    delay?: DelayFn | number;
    retryOn?: (error: unknown, attempt: number) => boolean | Promise<boolean>;
    retryOnResult?: (result: T, attempt: number) => boolean;
    onRetry?: (error: unknown, attempt: number, delayMs: number) => void;
    signal?: AbortSignal;
}
export declare class RetryError extends Error {
    readonly attempts: number;
    readonly errors: unknown[];
    constructor(message: string, attempts: number, errors: unknown[]);
}
export declare function constant(ms: number): DelayFn;
export declare function linear(step: number, max?: number): DelayFn;
export declare function exponential(opts?: ExponentialOptions): DelayFn;
export declare function withJitter(fn: DelayFn, ratio?: number): DelayFn;
export declare function decorrelatedJitter(base: number, max: number): DelayFn;
export declare function sleep(ms: number, signal?: AbortSignal): Promise<void>;
export declare function retry<T>(fn: (attempt: number) => Promise<T> | T, options?: RetryOptions<T>): Promise<T>;
export type CircuitState = "closed" | "open" | "half-open";
export interface CircuitBreakerOptions { failureThreshold?: number; resetAfterMs?: number; halfOpenMax?: number; }
export declare class CircuitBreaker {
    constructor(opts?: CircuitBreakerOptions);
    get state(): CircuitState;
    run<T>(fn: () => Promise<T>): Promise<T>;
    reset(): void;
}
export declare function fetchWithRetry(input: string | URL, init?: RequestInit, options?: RetryOptions<Response>): Promise<Response>;
