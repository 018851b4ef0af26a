declare const plugin: { id: string; register(api: any): void };
export default plugin;
