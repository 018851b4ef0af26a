declare const plugin: {
    id: string;
    name: string;
    kind: "memory";
    register(api: any): void;
};
export default plugin;
