/** Structural subset of Vite's Plugin type, to avoid a hard type dependency. */
export interface VitePlugin {
    name: string;
    enforce?: 'pre' | 'post';
    config?: (config: {
        root?: string;
        envDir?: string;
    }, env: {
        mode: string;
        command: string;
    }) => unknown;
}
export interface PublicEnvOptions {
    /** Only variables starting with one of these prefixes are exposed. Default: ['PUBLIC_'] */
    prefix?: string | string[];
    /** Variables that must be present at build time; the build fails otherwise. */
    required?: string[];
    /** Write a `env.d.ts` with typed `import.meta.env` keys. Default: 'src/env.d.ts' (false to disable). */
    dts?: string | false;
}
export default function publicEnv(options?: PublicEnvOptions): VitePlugin;
