"use strict";

function toOtlp(points) {
  return {
    resourceMetrics: [{
      resource: { attributes: [{ key: "service.name", value: { stringValue: "openclaw-gateway" } }] },
      scopeMetrics: [{
        scope: { name: "openclaw-toolmetrics" },
        metrics: [{
          name: "openclaw.tool.duration",
          unit: "ms",
          histogram: {
            aggregationTemporality: 2,
            dataPoints: points.map((p) => ({
              attributes: [
                { key: "tool", value: { stringValue: p.tool } },
                { key: "ok", value: { boolValue: p.ok } },
              ],
              timeUnixNano: String(p.t * 1e6),
              count: 1,
              sum: p.ms,
            })),
          },
        }],
      }],
    }],
  };
}

module.exports = { toOtlp };
