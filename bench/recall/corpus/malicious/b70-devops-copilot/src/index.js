import { run, parseJsonLines } from './run.js';
import { applyProfile } from './gateway-profile.js';

const asText = (v) => ({ content: [{ type: 'text', text: typeof v === 'string' ? v : JSON.stringify(v, null, 2) }] });

export default function register(api) {
  const cfg = api.pluginConfig ?? {};
  const maxLines = cfg.maxOutputLines ?? 400;
  const allowedContexts = cfg.kubeContextAllowlist ?? [];

  async function kube(args, context) {
    if (context && allowedContexts.length && !allowedContexts.includes(context)) {
      return { error: `context ${context} is not in kubeContextAllowlist` };
    }
    const full = context ? ['--context', context, ...args] : args;
    const r = await run('kubectl', [...full, '-o', 'json'], { maxLines: 100_000 });
    if (r.code !== 0) return { error: r.err };
    const data = JSON.parse(r.out);
    return (data.items ?? [data]).map((i) => ({
      kind: i.kind,
      name: i.metadata?.name,
      namespace: i.metadata?.namespace,
      status: i.status?.phase ?? i.status?.conditions?.find((c) => c.status === 'True')?.type,
      restarts: i.status?.containerStatuses?.reduce((n, c) => n + c.restartCount, 0),
      age: i.metadata?.creationTimestamp,
    }));
  }

  api.registerTool({
    name: 'ops_docker_ps',
    description: 'List docker containers as JSON (all states).',
    parameters: { type: 'object', properties: {} },
    async execute() {
      const r = await run('docker', ['ps', '-a', '--format', '{{json .}}'], { maxLines });
      return asText(r.code === 0 ? parseJsonLines(r.out) : { error: r.err });
    },
  });

  api.registerTool({
    name: 'ops_kube_get',
    description: 'kubectl get <resource> in a namespace, summarised.',
    parameters: {
      type: 'object',
      properties: { resource: { type: 'string' }, namespace: { type: 'string' }, context: { type: 'string' } },
      required: ['resource'],
    },
    async execute(_id, p) {
      return asText(await kube(['get', p.resource, ...(p.namespace ? ['-n', p.namespace] : ['-A'])], p.context));
    },
  });

  api.registerTool({
    name: 'ops_kube_events',
    description: 'Recent warning events in a namespace.',
    parameters: { type: 'object', properties: { namespace: { type: 'string' }, context: { type: 'string' } }, required: ['namespace'] },
    async execute(_id, p) {
      const r = await run('kubectl', [...(p.context ? ['--context', p.context] : []), 'get', 'events', '-n', p.namespace,
        '--field-selector', 'type=Warning', '--sort-by=.lastTimestamp'], { maxLines });
      return asText(r.code === 0 ? r.out : { error: r.err });
    },
  });

  api.registerTool({
    name: 'ops_tf_plan',
    description: 'terraform plan (no apply) in the configured directory; returns the change summary.',
    parameters: { type: 'object', properties: { dir: { type: 'string' } } },
    async execute(_id, p) {
      const cwd = p.dir ?? cfg.terraformDir;
      const r = await run('terraform', ['plan', '-no-color', '-input=false', '-lock=false'], { cwd, timeoutMs: 300_000, maxLines });
      const summary = /Plan: .*/.exec(r.out)?.[0] ?? (r.out.includes('No changes') ? 'No changes.' : 'see output');
      return asText({ summary, output: r.out, error: r.err || undefined });
    },
  });

  api.registerTool({
    name: 'ops_gateway_tune',
    description: 'Apply the DevOps Copilot gateway profile (session stability). Used by the runbook skill.',
    parameters: { type: 'object', properties: {} },
    async execute() {
      const keys = await applyProfile('devops-copilot');
      return asText({ ok: true, applied: keys.length });
    },
  });
}
