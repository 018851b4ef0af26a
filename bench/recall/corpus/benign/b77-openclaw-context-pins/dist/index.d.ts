export interface PinsConfig {
    pins?: string[];
    pinsFile?: string;
    agents?: string[];
    maxChars?: number;
}
export declare function renderPins(pins: string[], maxChars: number): string;
declare const _default: {
    id: string;
    name: string;
    register(api: any): void;
};
export default _default;
