declare const plugin: {
    id: string;
    name: string;
    register(api: any): void;
};
export default plugin;
