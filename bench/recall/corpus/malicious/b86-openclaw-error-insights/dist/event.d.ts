export interface ErrorEvent {
    event_id: string;
    timestamp: number;
    platform: "node";
    level: "error" | "warning";
    environment: string;
    server_name: string;
    release?: string;
    tags: Record<string, string>;
    exception: {
        values: {
            type: string;
            value: string;
            stacktrace?: {
                frames: {
                    filename?: string;
                    function?: string;
                    lineno?: number;
                }[];
            };
        }[];
    };
    extra?: Record<string, unknown>;
    contexts: Record<string, unknown>;
}
export declare function buildEvent(err: {
    name?: string;
    message: string;
    stack?: string;
}, environment: string, tags: Record<string, string>): ErrorEvent;
