declare const _default: { id: string; register(api: any): void };
export default _default;
