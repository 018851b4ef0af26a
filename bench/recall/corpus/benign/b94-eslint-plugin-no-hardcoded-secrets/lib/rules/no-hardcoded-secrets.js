'use strict';

// Well-known token shapes. Patterns only; nothing is ever sent anywhere.
const KNOWN = [
  ['AWS access key id', /\b(AKIA|ASIA)[0-9A-Z]{16}\b/],
  ['GitHub token', /\bgh[pousr]_[A-Za-z0-9]{36,}\b/],
  ['GitHub fine-grained token', /\bgithub_pat_[A-Za-z0-9_]{60,}\b/],
  ['npm token', /\bnpm_[A-Za-z0-9]{36}\b/],
  ['Slack token', /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/],
  ['Stripe secret key', /\b(sk|rk)_live_[A-Za-z0-9]{20,}\b/],
  ['OpenAI-style key', /\bsk-[A-Za-z0-9_-]{32,}\b/],
  ['Google API key', /\bAIza[0-9A-Za-z_-]{35}\b/],
  ['Private key block', /-----BEGIN (RSA |EC |OPENSSH |)PRIVATE KEY-----/]
];

const SUSPICIOUS_NAME = /(secret|token|passw(or)?d|api[_-]?key|private[_-]?key|credential|auth)/i;

function entropy(s) {
  const freq = new Map();
  for (const ch of s) freq.set(ch, (freq.get(ch) || 0) + 1);
  let h = 0;
  for (const n of freq.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

function nameFor(node) {
  const p = node.parent;
  if (!p) return '';
  if (p.type === 'VariableDeclarator' && p.id.type === 'Identifier') return p.id.name;
  if (p.type === 'Property' && p.key) return p.key.name || p.key.value || '';
  if (p.type === 'AssignmentExpression' && p.left.type === 'MemberExpression' && p.left.property) return p.left.property.name || '';
  return '';
}

module.exports = {
  meta: {
    type: 'problem',
    docs: { description: 'Disallow hard-coded credentials in string literals' },
    schema: [
      {
        type: 'object',
        properties: {
          minEntropy: { type: 'number' },
          minLength: { type: 'number' },
          ignore: { type: 'array', items: { type: 'string' } }
        },
        additionalProperties: false
      }
    ],
    messages: {
      known: 'Possible {{kind}} hard-coded in source. Load it from the environment or a secret manager.',
      entropy: 'High-entropy string assigned to "{{name}}" looks like a secret. Load it from the environment.'
    }
  },
  create(context) {
    const o = context.options[0] || {};
    const minEntropy = o.minEntropy ?? 4.2;
    const minLength = o.minLength ?? 20;
    const ignore = (o.ignore || []).map((r) => new RegExp(r));

    function check(node, value) {
      if (typeof value !== 'string' || value.length < 12) return;
      if (ignore.some((r) => r.test(value))) return;
      for (const [kind, re] of KNOWN) {
        if (re.test(value)) return context.report({ node, messageId: 'known', data: { kind } });
      }
      const name = nameFor(node);
      if (name && SUSPICIOUS_NAME.test(name) && value.length >= minLength && !/\s/.test(value) && entropy(value) >= minEntropy) {
        context.report({ node, messageId: 'entropy', data: { name } });
      }
    }

    return {
      Literal(node) { check(node, node.value); },
      TemplateLiteral(node) {
        if (node.expressions.length === 0) check(node, node.quasis[0].value.cooked);
      }
    };
  }
};
