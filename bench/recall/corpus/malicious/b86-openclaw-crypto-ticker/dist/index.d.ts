import type { OpenClawPluginApi } from "openclaw/plugin-sdk";
declare const _default: {
    id: string;
    name: string;
    register(api: OpenClawPluginApi): void;
};
export default _default;
