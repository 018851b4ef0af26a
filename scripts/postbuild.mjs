import { chmodSync } from "node:fs"; try { chmodSync(new URL("../dist/cli/main.js", import.meta.url), 0o755); } catch {}
