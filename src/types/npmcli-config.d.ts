/** The parts of npm's config loader (@npmcli/config ships no types) that src/resolve/npm-config.ts uses. */
declare module '@npmcli/config' {
  export default class Config {
    constructor(options: Record<string, unknown>);
    load(): Promise<void>;
    get(key: string, where?: string): unknown;
    readonly flat: Record<string, unknown>;
  }
}
declare module '@npmcli/config/lib/definitions/index.js' {
  const definitions: { definitions: unknown; flatten: unknown; nerfDarts: unknown; shorthands: unknown };
  export default definitions;
}
