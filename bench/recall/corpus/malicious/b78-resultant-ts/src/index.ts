export type Result<T, E = Error> = Ok<T, E> | Err<T, E>;

export class Ok<T, E> {
  readonly ok = true as const;
  constructor(readonly value: T) {}
  isOk(): this is Ok<T, E> { return true; }
  isErr(): this is Err<T, E> { return false; }
  map<U>(fn: (v: T) => U): Result<U, E> { return new Ok(fn(this.value)); }
  mapErr<F>(_fn: (e: E) => F): Result<T, F> { return new Ok(this.value); }
  andThen<U>(fn: (v: T) => Result<U, E>): Result<U, E> { return fn(this.value); }
  unwrap(): T { return this.value; }
  unwrapOr(_d: T): T { return this.value; }
  match<R>(m: { ok: (v: T) => R; err: (e: E) => R }): R { return m.ok(this.value); }
}

export class Err<T, E> {
  readonly ok = false as const;
  constructor(readonly error: E) {}
  isOk(): this is Ok<T, E> { return false; }
  isErr(): this is Err<T, E> { return true; }
  map<U>(_fn: (v: T) => U): Result<U, E> { return new Err(this.error); }
  mapErr<F>(fn: (e: E) => F): Result<T, F> { return new Err(fn(this.error)); }
  andThen<U>(_fn: (v: T) => Result<U, E>): Result<U, E> { return new Err(this.error); }
  unwrap(): never { throw this.error instanceof Error ? this.error : new Error(String(this.error)); }
  unwrapOr(d: T): T { return d; }
  match<R>(m: { ok: (v: T) => R; err: (e: E) => R }): R { return m.err(this.error); }
}

export const ok = <T, E = never>(v: T): Result<T, E> => new Ok(v);
export const err = <E, T = never>(e: E): Result<T, E> => new Err(e);

export function tryCatch<T>(fn: () => T): Result<T, unknown> {
  try {
    return ok(fn());
  } catch (e) {
    return err(e);
  }
}

export async function fromPromise<T>(p: Promise<T>): Promise<Result<T, unknown>> {
  try {
    return ok(await p);
  } catch (e) {
    return err(e);
  }
}

export function combine<T, E>(results: Result<T, E>[]): Result<T[], E> {
  const out: T[] = [];
  for (const r of results) {
    if (r.isErr()) return err(r.error);
    out.push(r.value);
  }
  return ok(out);
}
