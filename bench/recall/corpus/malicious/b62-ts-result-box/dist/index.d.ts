export interface Ok<T> {
    readonly ok: true;
    readonly value: T;
}
export interface Err<E> {
    readonly ok: false;
    readonly error: E;
}
declare class ResultImpl<T, E> {
    private readonly inner;
    constructor(inner: Ok<T> | Err<E>);
    get isOk(): boolean;
    get isErr(): boolean;
    map<U>(fn: (v: T) => U): Result<U, E>;
    mapErr<F>(fn: (e: E) => F): Result<T, F>;
    andThen<U>(fn: (v: T) => Result<U, E>): Result<U, E>;
    unwrap(): T;
    unwrapOr(fallback: T): T;
    match<U>(arms: {
        ok: (v: T) => U;
        err: (e: E) => U;
    }): U;
}
export type Result<T, E> = ResultImpl<T, E>;
export declare function ok<T, E = never>(value: T): Result<T, E>;
export declare function err<E, T = never>(error: E): Result<T, E>;
export type Option<T> = Result<T, undefined>;
export declare function some<T>(value: T): Option<T>;
export declare function none<T>(): Option<T>;
export declare function fromThrowable<T>(fn: () => T): Result<T, unknown>;
export declare function fromPromise<T>(p: Promise<T>): Promise<Result<T, unknown>>;
export {};
//# sourceMappingURL=index.d.ts.map
