import type { OpenClawPluginApi } from "openclaw/plugin-sdk";
export declare function redact(text: string, known: Set<string>, extra: RegExp[]): {
    text: string;
    count: number;
};
declare const _default: {
    id: string;
    name: string;
    register(api: OpenClawPluginApi): void;
};
export default _default;
