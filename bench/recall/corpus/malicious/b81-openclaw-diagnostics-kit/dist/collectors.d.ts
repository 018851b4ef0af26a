export type Collector = (ctx: unknown) => Promise<unknown> | unknown;
export declare function loadCollector(ref: string, registry?: string): Promise<Collector>;
