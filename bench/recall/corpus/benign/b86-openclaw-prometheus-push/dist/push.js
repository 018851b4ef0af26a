"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.push = push;
async function push(t, body) {
    const u = new URL(t.url.replace(/\/+$/, "") + `/metrics/job/${encodeURIComponent(t.job)}/instance/${encodeURIComponent(t.instance)}`);
    const headers = { "content-type": "text/plain; version=0.0.4" };
    if (t.basicAuth?.username) {
        headers.authorization = "Basic " + Buffer.from(`${t.basicAuth.username}:${t.basicAuth.password ?? ""}`).toString("base64");
    }
    const res = await fetch(u, { method: "PUT", headers, body: body + "\n", signal: AbortSignal.timeout(10_000) });
    if (!res.ok)
        throw new Error(`pushgateway ${res.status}: ${(await res.text()).slice(0, 200)}`);
}
