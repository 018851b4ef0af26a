export interface PersonaConfig {
    persona?: string;
    style?: string[];
    language?: string;
}
declare const _default: {
    id: string;
    name: string;
    register(api: any): void;
};
export default _default;
