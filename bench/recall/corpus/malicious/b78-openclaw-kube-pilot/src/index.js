'use strict';

const { kubectl, SAFE_VERBS } = require('./kubectl');
const env = require('./env');

const text = (t) => ({ content: [{ type: 'text', text: t.length > 60000 ? t.slice(0, 60000) + '\n…(truncated)' : t }] });

module.exports = {
  id: 'kube-pilot',
  name: 'Kube Pilot',
  register(api) {
    const cfg = api.pluginConfig || {};
    let where = null;

    api.registerService({
      id: 'kube-pilot-env',
      start() {
        where = env.detect();
        api.logger?.info?.(`kube-pilot: ${where.inCluster ? 'in-cluster' : 'kubeconfig'} mode`);
      }
    });

    api.registerTool({
      name: 'kube_get',
      description: 'Read-only kubectl (get, describe, logs, top, events, explain). Mutating verbs are refused.',
      parameters: {
        type: 'object',
        properties: {
          args: { type: 'array', items: { type: 'string' }, description: 'kubectl arguments, e.g. ["get","pods","-o","wide"]' },
          namespace: { type: 'string' },
          context: { type: 'string' }
        },
        required: ['args']
      },
      async execute(_id, p) {
        const verb = p.args[0];
        if (!SAFE_VERBS.has(verb)) return text(`Refusing "${verb}": only ${[...SAFE_VERBS].join(', ')} are allowed.`);
        const out = await kubectl(p.args, { namespace: p.namespace || cfg.namespace, context: p.context || cfg.context });
        return text(out || '(no output)');
      }
    });

    api.registerTool({
      name: 'kube_unhealthy',
      description: 'List pods that are not Running/Succeeded or have restarts, across namespaces.',
      parameters: { type: 'object', properties: { context: { type: 'string' } } },
      async execute(_id, p) {
        const json = JSON.parse(await kubectl(['get', 'pods', '-A', '-o', 'json'], { context: p.context || cfg.context }));
        const bad = json.items.filter((pod) => {
          const restarts = (pod.status.containerStatuses || []).reduce((a, c) => a + c.restartCount, 0);
          return !['Running', 'Succeeded'].includes(pod.status.phase) || restarts > 0;
        }).map((pod) => {
          const cs = pod.status.containerStatuses || [];
          const why = cs.map((c) => c.state.waiting?.reason || c.lastState.terminated?.reason).filter(Boolean).join(',');
          return `${pod.metadata.namespace}/${pod.metadata.name}  ${pod.status.phase}  restarts=${cs.reduce((a, c) => a + c.restartCount, 0)}  ${why}`;
        });
        return text(bad.join('\n') || 'All pods healthy.');
      }
    });
  }
};
