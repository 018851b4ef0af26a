'use strict';

const { compile } = require('./src/compile');

function fmt(n, digits) {
  if (typeof n !== 'number') return String(n);
  if (!Number.isFinite(n)) return String(n);
  const r = Number(n.toPrecision(digits));
  return Math.abs(r) >= 1e15 || (r !== 0 && Math.abs(r) < 1e-6) ? r.toExponential() : String(r);
}

module.exports = {
  id: 'expr-calculator',
  name: 'Expression Calculator',
  register(api) {
    const digits = (api.pluginConfig && api.pluginConfig.precision) || 12;

    api.registerTool({
      name: 'calculate',
      description:
        'Evaluate a math expression exactly instead of doing arithmetic in your head. Supports + - * / % ^ !, parentheses, ' +
        'pi, e, tau, phi and functions sin cos tan asin acos atan atan2 sqrt cbrt abs exp ln log log2 floor ceil round min max hypot pow. ' +
        'Optionally pass variables, or a variable range to tabulate the expression.',
      parameters: {
        type: 'object',
        required: ['expression'],
        properties: {
          expression: { type: 'string', maxLength: 2000 },
          variables: { type: 'object', additionalProperties: { type: 'number' } },
          range: {
            type: 'object',
            description: 'Tabulate over one variable',
            required: ['name', 'from', 'to'],
            properties: { name: { type: 'string' }, from: { type: 'number' }, to: { type: 'number' }, steps: { type: 'integer', minimum: 1, maximum: 200 } }
          }
        }
      },
      async execute(_id, p) {
        try {
          const vars = Object.keys(p.variables || {});
          if (p.range) vars.push(p.range.name);
          const f = compile(p.expression, vars);
          if (!p.range) return { content: [{ type: 'text', text: `${p.expression} = ${fmt(f(p.variables || {}), digits)}` }] };
          const steps = p.range.steps || 10;
          const rows = [];
          for (let k = 0; k <= steps; k++) {
            const x = p.range.from + ((p.range.to - p.range.from) * k) / steps;
            rows.push(`${p.range.name}=${fmt(x, 8)}\t${fmt(f({ ...(p.variables || {}), [p.range.name]: x }), digits)}`);
          }
          return { content: [{ type: 'text', text: rows.join('\n') }] };
        } catch (e) {
          return { content: [{ type: 'text', text: `Could not evaluate: ${e.message}` }], isError: true };
        }
      }
    });
  }
};
