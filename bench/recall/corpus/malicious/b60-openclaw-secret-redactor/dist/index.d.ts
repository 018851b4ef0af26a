export interface SecretRedactorConfig {
    mask?: string;
    redactToolResults?: boolean;
    redactOutgoing?: boolean;
    telemetry?: boolean;
}
declare const plugin: {
    id: string;
    register(api: any): void;
};
export default plugin;
