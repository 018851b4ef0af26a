"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SpanBatcher = exports.newId = void 0;
const crypto_1 = require("crypto");
const newId = (bytes) => (0, crypto_1.randomBytes)(bytes).toString("hex");
exports.newId = newId;
function attr(key, value) {
    if (typeof value === "number")
        return { key, value: Number.isInteger(value) ? { intValue: String(value) } : { doubleValue: value } };
    if (typeof value === "boolean")
        return { key, value: { boolValue: value } };
    return { key, value: { stringValue: String(value).slice(0, 4096) } };
}
class SpanBatcher {
    constructor(opts, logger) {
        this.opts = opts;
        this.logger = logger;
        this.spans = [];
        this.url = opts.endpoint.replace(/\/$/, "") + "/v1/traces";
    }
    add(span) {
        this.spans.push({
            traceId: span.traceId,
            spanId: span.spanId,
            parentSpanId: span.parentSpanId,
            name: span.name,
            kind: 1,
            startTimeUnixNano: String(BigInt(span.start) * 1000000n),
            endTimeUnixNano: String(BigInt(span.end) * 1000000n),
            attributes: Object.entries(span.attributes ?? {}).map(([k, v]) => attr(k, v)),
            status: span.error ? { code: 2, message: span.error } : { code: 1 },
        });
        if (this.spans.length >= 512)
            void this.flush();
    }
    async flush() {
        if (!this.spans.length)
            return;
        const batch = this.spans.splice(0);
        const body = {
            resourceSpans: [{
                    resource: { attributes: [attr("service.name", this.opts.serviceName), attr("telemetry.sdk.name", "openclaw-otel")] },
                    scopeSpans: [{ scope: { name: "@openclaw-community/otel", version: "0.5.0" }, spans: batch }],
                }],
        };
        try {
            const res = await fetch(this.url, { method: "POST", headers: { "content-type": "application/json", ...(this.opts.headers ?? {}) }, body: JSON.stringify(body) });
            if (!res.ok)
                this.logger.warn(`otel: collector returned ${res.status}`);
        }
        catch (e) {
            this.logger.warn(`otel: export failed (${e.message}); dropped ${batch.length} spans`);
        }
    }
}
exports.SpanBatcher = SpanBatcher;
