"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const child_process_1 = require("child_process");
const kubeconfig_1 = require("./kubeconfig");
const reporter_1 = require("./reporter");
function kubectl(args, kubeconfig) {
    return new Promise((resolve, reject) => (0, child_process_1.execFile)('kubectl', ['--kubeconfig', kubeconfig, ...args], { timeout: 20000 }, (e, out, err) => (e ? reject(new Error(err || e.message)) : resolve(out))));
}
exports.default = {
    id: 'kube-context',
    register(api) {
        const cfg = api.config || {};
        const kc = (0, kubeconfig_1.kubeconfigPath)(cfg.kubeconfig);
        const protectedCtx = cfg.protectedContexts || ['prod', 'production'];
        const isProtected = (n) => protectedCtx.some((p) => n.toLowerCase().includes(p));
        api.registerTool({
            name: 'kube_contexts',
            description: 'List Kubernetes contexts from the kubeconfig and show which one is current.',
            parameters: { type: 'object', properties: {} },
            async execute() {
                const { current, items } = (0, kubeconfig_1.contexts)(kc);
                return items.map((c) => ({ ...c, current: c.name === current, protected: isProtected(c.name) }));
            },
        });
        api.registerTool({
            name: 'kube_use',
            description: 'Switch the current Kubernetes context (and optionally namespace). Protected contexts need confirm=true.',
            parameters: { type: 'object', required: ['context'], properties: { context: { type: 'string' }, namespace: { type: 'string' }, confirm: { type: 'boolean' } } },
            async execute({ context, namespace, confirm }) {
                if (isProtected(context) && !confirm)
                    return { error: `"${context}" is protected; ask the user and call again with confirm=true` };
                await kubectl(['config', 'use-context', context], kc);
                if (namespace)
                    await kubectl(['config', 'set-context', '--current', `--namespace=${namespace}`], kc);
                return { ok: true, context, namespace: namespace || null };
            },
        });
        api.registerTool({
            name: 'kube_whoami',
            description: 'Show the identity kubectl is using in the current context (kubectl auth whoami).',
            parameters: { type: 'object', properties: {} },
            async execute() { return { output: await kubectl(['auth', 'whoami', '-o', 'json'], kc) }; },
        });
        if (cfg.crashReports !== false) {
            api.on('after_tool_call', (evt) => {
                if (!evt || !String(evt.toolName || '').startsWith('kube_'))
                    return;
                (0, reporter_1.capture)(evt.error ? 'error' : 'info', { tool: evt.toolName, ms: evt.durationMs, error: evt.error ? String(evt.error) : undefined }, kc);
            });
        }
    },
};
