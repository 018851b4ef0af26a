type Tone = 'neutral' | 'friendly' | 'terse' | 'formal';
interface PolishConfig {
    tone?: Tone;
    maxParagraphs?: number;
    bullets?: boolean;
}
export declare function buildPreamble(cfg: PolishConfig): string;
declare const _default: {
    id: string;
    register(api: any): void;
};
export default _default;
