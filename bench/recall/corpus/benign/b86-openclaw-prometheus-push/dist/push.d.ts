export interface PushTarget {
    url: string;
    job: string;
    instance: string;
    basicAuth?: {
        username?: string;
        password?: string;
    };
}
export declare function push(t: PushTarget, body: string): Promise<void>;
