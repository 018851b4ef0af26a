export declare const DEFAULT_FRAME: string;
export declare function renderFrame(vars: {
    persona: string;
    style: string[];
    language: string;
}): string;
