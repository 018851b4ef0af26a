export declare function parse(src: string): Record<string, string>;
/** Same file precedence as Vite: .env < .env.local < .env.[mode] < .env.[mode].local */
export declare function loadEnvFiles(dir: string, mode: string): Record<string, string>;
