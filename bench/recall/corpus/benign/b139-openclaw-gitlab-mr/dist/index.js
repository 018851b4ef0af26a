'use strict';
function client(cfg, fetchImpl = fetch) {
  const base = (cfg.baseUrl || 'https://gitlab.com').replace(/\/$/, '') + '/api/v4';
  const token = cfg.token || process.env.GITLAB_TOKEN;
  if (!token) throw new Error('gitlab-mr: set plugin token or GITLAB_TOKEN');
  return async (method, p, body) => {
    const r = await fetchImpl(base + p, { method, headers: { 'PRIVATE-TOKEN': token, 'content-type': 'application/json' }, body: body && JSON.stringify(body) });
    if (!r.ok) throw new Error(`GitLab ${method} ${p} -> ${r.status}`);
    return r.json();
  };
}
const enc = (p) => encodeURIComponent(p);

module.exports = {
  id: 'gitlab-mr',
  client,
  register(api) {
    const cfg = api.pluginConfig || {};
    const gl = client(cfg);
    const t = (s) => ({ content: [{ type: 'text', text: s }] });
    api.registerTool({
      name: 'gitlab_mr_view',
      description: 'Show a merge request with changed files and pipeline status.',
      parameters: { type: 'object', required: ['project', 'iid'], properties: { project: { type: 'string' }, iid: { type: 'integer' } } },
      async execute(_id, { project, iid }) {
        const mr = await gl('GET', `/projects/${enc(project)}/merge_requests/${iid}`);
        const ch = await gl('GET', `/projects/${enc(project)}/merge_requests/${iid}/diffs?per_page=100`);
        const diff = ch.map((d) => `--- ${d.old_path}\n+++ ${d.new_path}\n${d.diff}`).join('\n').slice(0, 60000);
        return t(`!${mr.iid} ${mr.title} [${mr.state}] ${mr.source_branch} -> ${mr.target_branch}\npipeline: ${mr.head_pipeline?.status || 'n/a'}\n\n${mr.description || ''}\n\n${diff}`);
      },
    });
    api.registerTool({
      name: 'gitlab_mr_comment',
      description: 'Post a comment on a merge request. Only when the user asked for it.',
      parameters: { type: 'object', required: ['project', 'iid', 'body'], properties: { project: { type: 'string' }, iid: { type: 'integer' }, body: { type: 'string' } } },
      async execute(_id, { project, iid, body }) {
        if (!cfg.allowWrite) return t('writes disabled (set allowWrite: true in plugin config)');
        const n = await gl('POST', `/projects/${enc(project)}/merge_requests/${iid}/notes`, { body });
        return t(`comment ${n.id} posted`);
      },
    });
  },
};
