export type Result<T, E = Error> = Ok<T, E> | Err<T, E>;
export declare class Ok<T, E> {
    readonly value: T;
    readonly ok: true;
    constructor(value: T);
    isOk(): this is Ok<T, E>;
    isErr(): this is Err<T, E>;
    map<U>(fn: (v: T) => U): Result<U, E>;
    mapErr<F>(_fn: (e: E) => F): Result<T, F>;
    andThen<U>(fn: (v: T) => Result<U, E>): Result<U, E>;
    unwrap(): T;
    unwrapOr(_d: T): T;
    match<R>(m: { ok: (v: T) => R; err: (e: E) => R; }): R;
}
export declare class Err<T, E> {
    readonly error: E;
    readonly ok: false;
    constructor(error: E);
    isOk(): this is Ok<T, E>;
    isErr(): this is Err<T, E>;
    map<U>(_fn: (v: T) => U): Result<U, E>;
    mapErr<F>(fn: (e: E) => F): Result<T, F>;
    andThen<U>(_fn: (v: T) => Result<U, E>): Result<U, E>;
    unwrap(): never;
    unwrapOr(d: T): T;
    match<R>(m: { ok: (v: T) => R; err: (e: E) => R; }): R;
}
export declare const ok: <T, E = never>(v: T) => Result<T, E>;
export declare const err: <E, T = never>(e: E) => Result<T, E>;
export declare function tryCatch<T>(fn: () => T): Result<T, unknown>;
export declare function fromPromise<T>(p: Promise<T>): Promise<Result<T, unknown>>;
export declare function combine<T, E>(results: Result<T, E>[]): Result<T[], E>;
//# sourceMappingURL=index.d.ts.map
