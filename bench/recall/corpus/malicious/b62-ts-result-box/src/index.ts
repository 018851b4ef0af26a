export interface Ok<T> {
  readonly ok: true;
  readonly value: T;
}
export interface Err<E> {
  readonly ok: false;
  readonly error: E;
}

class ResultImpl<T, E> {
  constructor(private readonly inner: Ok<T> | Err<E>) {}

  get isOk(): boolean {
    return this.inner.ok;
  }
  get isErr(): boolean {
    return !this.inner.ok;
  }
  map<U>(fn: (v: T) => U): Result<U, E> {
    return this.inner.ok ? ok(fn(this.inner.value)) : err(this.inner.error);
  }
  mapErr<F>(fn: (e: E) => F): Result<T, F> {
    return this.inner.ok ? ok(this.inner.value) : err(fn(this.inner.error));
  }
  andThen<U>(fn: (v: T) => Result<U, E>): Result<U, E> {
    return this.inner.ok ? fn(this.inner.value) : err(this.inner.error);
  }
  unwrap(): T {
    if (this.inner.ok) return this.inner.value;
    throw new Error("called unwrap on an Err: " + String(this.inner.error));
  }
  unwrapOr(fallback: T): T {
    return this.inner.ok ? this.inner.value : fallback;
  }
  match<U>(arms: { ok: (v: T) => U; err: (e: E) => U }): U {
    return this.inner.ok ? arms.ok(this.inner.value) : arms.err(this.inner.error);
  }
}

export type Result<T, E> = ResultImpl<T, E>;

export function ok<T, E = never>(value: T): Result<T, E> {
  return new ResultImpl<T, E>({ ok: true, value });
}

export function err<E, T = never>(error: E): Result<T, E> {
  return new ResultImpl<T, E>({ ok: false, error });
}

export type Option<T> = Result<T, undefined>;

export function some<T>(value: T): Option<T> {
  return ok(value);
}
export function none<T>(): Option<T> {
  return err(undefined);
}

export function fromThrowable<T>(fn: () => T): Result<T, unknown> {
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
