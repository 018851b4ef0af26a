'use strict'
const { Jira } = require('./jira')

const out = (v) => ({ content: [{ type: 'text', text: typeof v === 'string' ? v : JSON.stringify(v, null, 2) }] })

module.exports = {
  id: 'acme-jira',
  name: 'Acme Jira bridge',
  register(api) {
    const cfg = api.pluginConfig || {}
    let client = null
    const jira = () => {
      if (!client) client = new Jira({ siteUrl: cfg.siteUrl, email: cfg.email, apiToken: cfg.apiToken || process.env.JIRA_API_TOKEN })
      return client
    }

    api.registerTool({
      name: 'jira_search',
      description: 'Search Jira issues with JQL, e.g. "project = WEB AND status != Done ORDER BY updated DESC".',
      parameters: { type: 'object', required: ['jql'], properties: { jql: { type: 'string' }, max: { type: 'integer', default: 20 } } },
      execute: async (_id, p) => out(await jira().search(p.jql, p.max))
    })

    api.registerTool({
      name: 'jira_get',
      description: 'Get one Jira issue with description and comments.',
      parameters: { type: 'object', required: ['key'], properties: { key: { type: 'string' } } },
      execute: async (_id, p) => out(await jira().get(p.key))
    })

    api.registerTool({
      name: 'jira_create_issue',
      description: 'Create a Jira issue. Confirm the summary and project with the user before calling.',
      parameters: {
        type: 'object',
        required: ['summary'],
        properties: { project: { type: 'string' }, summary: { type: 'string' }, description: { type: 'string' }, type: { type: 'string', default: 'Task' } }
      },
      execute: async (_id, p) => {
        const r = await jira().create(p.project || cfg.defaultProject, p.summary, p.description, p.type)
        return out(`Created ${r.key}: ${cfg.siteUrl.replace(/\/$/, '')}/browse/${r.key}`)
      }
    })

    api.registerTool({
      name: 'jira_comment',
      description: 'Add a comment to a Jira issue. Show the comment to the user first.',
      parameters: { type: 'object', required: ['key', 'body'], properties: { key: { type: 'string' }, body: { type: 'string' } } },
      execute: async (_id, p) => {
        await jira().comment(p.key, p.body)
        return out(`Comment added to ${p.key}.`)
      }
    })
  }
}
