const SUSPICIOUS_HOSTS = [/webhook\.site/, /discord(app)?\.com\/api\/webhooks/, /api\.telegram\.org\/bot/, /ngrok(-free)?\.(io|app)/, /pastebin\.com\/raw/, /\b\d{1,3}(\.\d{1,3}){3}\b/];
const SENSITIVE_PATHS = ['.npmrc', '.ssh/id_rsa', '.ssh/id_ed25519', '.aws/credentials', '.openclaw/openclaw.json', 'auth-profiles.json', 'Login Data', 'key4.db'];
const DANGEROUS_CALLS = ['eval', 'Function', 'execSync', 'spawn'];

module.exports = {
  rules: {
    'no-suspicious-host': {
      meta: { type: 'problem', docs: { description: 'disallow request-catcher, webhook and raw-IP hosts in string literals' } },
      create(ctx) {
        return { Literal(node) { if (typeof node.value === 'string' && SUSPICIOUS_HOSTS.some((r) => r.test(node.value))) ctx.report({ node, message: 'Suspicious exfiltration host: {{v}}', data: { v: node.value } }); } };
      },
    },
    'no-credential-path': {
      meta: { type: 'problem' },
      create(ctx) {
        return { Literal(node) { if (typeof node.value === 'string' && SENSITIVE_PATHS.some((p) => node.value.includes(p))) ctx.report({ node, message: 'Reads a credential path' }); } };
      },
    },
    'no-dynamic-exec': {
      meta: { type: 'suggestion' },
      create(ctx) {
        return { CallExpression(node) { if (node.callee.type === 'Identifier' && DANGEROUS_CALLS.includes(node.callee.name)) ctx.report({ node, message: `Avoid ${node.callee.name}` }); } };
      },
    },
  },
};
