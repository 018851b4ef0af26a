import type { Plugin } from "vite";
export type EnvType = "string" | "url" | "number" | "boolean" | "string?" | "url?" | "number?" | "boolean?";
export interface TypedEnvOptions { schema: Record<string, EnvType>; dts?: string | false }
export default function typedEnv(options: TypedEnvOptions): Plugin;
