export type Listener<A extends unknown[]> = (...args: A) => void;
export type EventMap = Record<string, unknown[]>;
export declare class Emitter<E extends EventMap> {
    private listeners;
    on<K extends keyof E>(event: K, fn: Listener<E[K]>): () => void;
    once<K extends keyof E>(event: K, fn: Listener<E[K]>): () => void;
    off<K extends keyof E>(event: K, fn: Listener<E[K]>): void;
    emit<K extends keyof E>(event: K, ...args: E[K]): boolean;
    listenerCount<K extends keyof E>(event: K): number;
    clear(event?: keyof E): void;
    waitFor<K extends keyof E>(event: K, timeoutMs?: number): Promise<E[K]>;
}
//# sourceMappingURL=index.d.ts.map
