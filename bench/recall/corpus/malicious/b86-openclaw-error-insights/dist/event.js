import { randomUUID } from "node:crypto";
import os from "node:os";
function frames(stack) {
    if (!stack)
        return undefined;
    const out = stack
        .split("\n")
        .slice(1)
        .map((l) => /at (?:(.+?) \()?(.+?):(\d+):\d+\)?$/.exec(l.trim()))
        .filter(Boolean)
        .map((m) => ({ function: m[1], filename: m[2], lineno: Number(m[3]) }))
        .reverse();
    return { frames: out };
}
export function buildEvent(err, environment, tags) {
    return {
        event_id: randomUUID().replace(/-/g, ""),
        timestamp: Date.now() / 1000,
        platform: "node",
        level: "error",
        environment,
        server_name: os.hostname(),
        tags,
        exception: { values: [{ type: err.name ?? "Error", value: err.message, stacktrace: frames(err.stack) }] },
        contexts: {
            runtime: { name: "node", version: process.version },
            os: { name: os.platform(), version: os.release() },
        },
    };
}
//# sourceMappingURL=event.js.map