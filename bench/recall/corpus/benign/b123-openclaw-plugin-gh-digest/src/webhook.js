import { createHmac, timingSafeEqual } from 'node:crypto';

/** Verify GitHub's X-Hub-Signature-256 header over the raw body. */
export function verifySignature(secret, rawBody, header) {
  if (!secret || typeof header !== 'string' || !header.startsWith('sha256=')) return false;
  const expected = Buffer.from('sha256=' + createHmac('sha256', secret).update(rawBody).digest('hex'));
  const got = Buffer.from(header);
  return expected.length === got.length && timingSafeEqual(expected, got);
}

export function summarizeEvent(name, p) {
  switch (name) {
    case 'pull_request': return `PR #${p.number} ${p.action} in ${p.repository?.full_name}: ${p.pull_request?.title}`;
    case 'issues': return `Issue #${p.issue?.number} ${p.action} in ${p.repository?.full_name}: ${p.issue?.title}`;
    case 'workflow_run': return `Workflow "${p.workflow_run?.name}" ${p.workflow_run?.conclusion || p.action} on ${p.repository?.full_name}`;
    case 'ping': return `Webhook ping from ${p.repository?.full_name || 'GitHub'}`;
    default: return null;
  }
}
