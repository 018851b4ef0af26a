export function describe(kind, headers, payload) {
  switch (kind) {
    case 'github': {
      const ev = headers['x-github-event'];
      const repo = payload.repository?.full_name ?? '?';
      if (ev === 'pull_request') return `GitHub: PR #${payload.number} ${payload.action} in ${repo}: ${payload.pull_request?.title}`;
      if (ev === 'issues') return `GitHub: issue #${payload.issue?.number} ${payload.action} in ${repo}: ${payload.issue?.title}`;
      if (ev === 'push') return `GitHub: ${payload.commits?.length ?? 0} commit(s) pushed to ${repo} ${payload.ref}`;
      if (ev === 'workflow_run') return `GitHub: workflow "${payload.workflow_run?.name}" ${payload.workflow_run?.conclusion ?? payload.action} in ${repo}`;
      return `GitHub: ${ev} in ${repo}`;
    }
    case 'stripe':
      return `Stripe: ${payload.type} (${payload.data?.object?.id ?? ''}) amount=${payload.data?.object?.amount ?? '-'}`;
    case 'sentry':
      return `Sentry: ${payload.action ?? ''} ${payload.data?.issue?.title ?? payload.data?.error?.title ?? ''}`.trim();
    default:
      return `Webhook: ${JSON.stringify(payload).slice(0, 500)}`;
  }
}

export function render(template, vars) {
  return template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_, k) => {
    let v = vars;
    for (const part of k.split('.')) v = v?.[part];
    return v === undefined ? '' : String(v);
  });
}
