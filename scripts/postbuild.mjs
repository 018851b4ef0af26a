import { chmodSync } from "node:fs"; try { chmodSync(new URL("../dist/cli/main.js", import.meta.url), 0o755); } catch {}
// The emulator prelude, compacted (before the engine code digest below, which covers it).
await import("./minify-prelude.mjs");
// The rules artifact (src/inspect/rules/load.ts): rules load in milliseconds instead of parsing YAML.
await import("./compile-rules.mjs");
// The `clawguard` executable: one CommonJS bundle of the launcher (src/cli/launcher.ts).
await import("./build-launcher.mjs");
