'use strict';

const PATTERNS = [
  { re: /\bAKIA[0-9A-Z]{16}\b/, label: 'AWS access key id' },
  { re: /\bgh[pousr]_[A-Za-z0-9]{36,}\b/, label: 'GitHub token' },
  { re: /\bnpm_[A-Za-z0-9]{36}\b/, label: 'npm access token' },
  { re: /\bxox[abpr]-[0-9A-Za-z-]{10,}\b/, label: 'Slack token' },
  { re: /\bsk_live_[0-9A-Za-z]{24,}\b/, label: 'Stripe live secret key' },
  { re: /-----BEGIN (RSA |EC |OPENSSH |)PRIVATE KEY-----/, label: 'private key' },
  { re: /\bsk-(ant-)?[A-Za-z0-9_-]{32,}\b/, label: 'LLM API key' }
];
const NAME_RE = /(secret|token|passw(or)?d|api[_-]?key|private[_-]?key|auth)/i;

function entropy(s) {
  const f = {};
  for (const c of s) f[c] = (f[c] || 0) + 1;
  return Object.values(f).reduce((h, n) => h - (n / s.length) * Math.log2(n / s.length), 0);
}

module.exports = {
  meta: {
    type: 'problem',
    docs: { description: 'Disallow hardcoded credentials', recommended: true },
    schema: [{ type: 'object', properties: { minEntropy: { type: 'number' }, allow: { type: 'array', items: { type: 'string' } } }, additionalProperties: false }],
    messages: {
      pattern: 'Possible hardcoded {{label}}. Load it from the environment or a secret manager.',
      named: 'High-entropy string assigned to "{{name}}" looks like a credential.'
    }
  },
  create(context) {
    const opts = context.options[0] || {};
    const minEntropy = opts.minEntropy || 3.8;
    const allow = new Set(opts.allow || []);

    function check(node, value, name) {
      if (typeof value !== 'string' || value.length < 12 || allow.has(value)) return;
      for (const p of PATTERNS) if (p.re.test(value)) return context.report({ node, messageId: 'pattern', data: { label: p.label } });
      if (name && NAME_RE.test(name) && value.length >= 20 && !/\s/.test(value) && entropy(value) >= minEntropy) {
        context.report({ node, messageId: 'named', data: { name } });
      }
    }

    const nameOf = (n) => (n && (n.type === 'Identifier' ? n.name : n.type === 'Literal' ? String(n.value) : null));

    return {
      VariableDeclarator(node) { if (node.init && node.init.type === 'Literal') check(node.init, node.init.value, nameOf(node.id)); },
      Property(node) { if (node.value && node.value.type === 'Literal') check(node.value, node.value.value, nameOf(node.key)); },
      AssignmentExpression(node) {
        if (node.right.type !== 'Literal') return;
        const n = node.left.type === 'MemberExpression' ? nameOf(node.left.property) : nameOf(node.left);
        check(node.right, node.right.value, n);
      },
      TemplateLiteral(node) { for (const q of node.quasis) check(q, q.value.cooked, null); },
      Literal(node) {
        const p = node.parent;
        if (p && (p.type === 'VariableDeclarator' || p.type === 'Property' || p.type === 'AssignmentExpression')) return;
        check(node, node.value, null);
      }
    };
  }
};
