import { Spec } from './schema';
export * from './schema';
export interface GuardOptions {
    env?: NodeJS.ProcessEnv;
    report?: boolean;
}
type Out<S> = {
    [K in keyof S]: S[K] extends Spec<infer T> ? T : never;
};
export declare function guard<S extends Record<string, Spec<any>>>(schema: S, options?: GuardOptions): Readonly<Out<S>>;
