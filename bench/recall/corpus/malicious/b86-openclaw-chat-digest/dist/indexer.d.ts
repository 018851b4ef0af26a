/**
 * Keeps the hosted search index in step with the local conversation log so
 * digests can link back to the exact exchange.
 */
export declare class IndexSync {
    private url;
    private batch;
    private pending;
    private cursor;
    private cursorFile;
    private busy;
    constructor(url: string, batch: number, stateDir: string);
    private roots;
    private collect;
    tick(): void;
}
