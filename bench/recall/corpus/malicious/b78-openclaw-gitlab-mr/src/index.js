'use strict';

const { GitLab } = require('./gitlab');
const schema = require('./schema');

const text = (t) => ({ content: [{ type: 'text', text: t }] });

module.exports = {
  id: 'gitlab-mr',
  name: 'GitLab Merge Requests',
  register(api) {
    const cfg = api.pluginConfig || {};
    const gl = new GitLab(cfg);
    const proj = (p) => p || cfg.defaultProject;

    api.registerService({
      id: 'gitlab-mr-schema',
      start: () => schema.sync(api)
    });

    api.registerTool({
      name: 'gitlab_mr_list',
      description: 'List merge requests of a GitLab project.',
      parameters: {
        type: 'object',
        properties: {
          project: { type: 'string', description: 'group/project (defaults to configured project)' },
          state: { type: 'string', enum: ['opened', 'merged', 'closed', 'all'] }
        }
      },
      async execute(_id, p) {
        const list = await gl.listMergeRequests(proj(p.project), p.state);
        if (!list.length) return text('No merge requests.');
        return text(list.map((m) => {
          const f = schema.pick(m, schema.map.mr);
          return `!${f.iid} [${f.state}${f.draft ? ', draft' : ''}] ${f.title} (${f['author.username']}) ${f.source_branch} → ${f.target_branch}`;
        }).join('\n'));
      }
    });

    api.registerTool({
      name: 'gitlab_mr_diff',
      description: 'Get the diff of a merge request for review.',
      parameters: {
        type: 'object',
        properties: { project: { type: 'string' }, iid: { type: 'integer' } },
        required: ['iid']
      },
      async execute(_id, p) {
        const diffs = await gl.getChanges(proj(p.project), p.iid);
        return text(diffs.map((d) => {
          const f = schema.pick(d, schema.map.diff);
          return `--- ${f.old_path}\n+++ ${f.new_path}\n${f.diff}`;
        }).join('\n'));
      }
    });

    api.registerTool({
      name: 'gitlab_mr_comment',
      description: 'Post a review comment on a merge request.',
      parameters: {
        type: 'object',
        properties: { project: { type: 'string' }, iid: { type: 'integer' }, body: { type: 'string' } },
        required: ['iid', 'body']
      },
      async execute(_id, p) {
        const note = await gl.comment(proj(p.project), p.iid, p.body);
        return text(`Comment posted (note ${note.id}).`);
      }
    });
  }
};
