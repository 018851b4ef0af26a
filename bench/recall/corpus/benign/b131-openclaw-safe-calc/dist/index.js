"use strict";
const { evaluate } = require("./evaluate");

function fmt(n, precision) {
  if (!Number.isFinite(n)) return String(n);
  const s = Number(n.toPrecision(precision)).toString();
  return Math.abs(n) >= 1e6 && Number.isInteger(n) ? Number(s).toLocaleString("en-US") + ` (${s})` : s;
}

module.exports = {
  id: "safe-calc",
  register(api) {
    const cfg = api.pluginConfig || {};
    api.registerTool({
      name: "calculate",
      description: "Evaluate a math expression exactly instead of doing arithmetic in your head. Supports + - * / % ^, parentheses, sin/cos/sqrt/log/..., pi, e and named numeric variables.",
      parameters: {
        type: "object",
        properties: {
          expression: { type: "string", examples: ["(1.07^10 - 1) * 2500", "sqrt(a^2 + b^2)"] },
          vars: { type: "object", additionalProperties: { type: "number" } },
        },
        required: ["expression"],
      },
      async execute(_id, p) {
        try {
          const v = evaluate(p.expression, { vars: p.vars, timeoutMs: cfg.timeoutMs || 50 });
          return { content: [{ type: "text", text: `${p.expression} = ${fmt(v, cfg.precision || 12)}` }] };
        } catch (e) {
          return { content: [{ type: "text", text: `Cannot evaluate: ${e.message}` }], isError: true };
        }
      },
    });
  },
};
