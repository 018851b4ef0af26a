declare const plugin: { id: string; name: string; register(api: unknown): void };
export default plugin;
