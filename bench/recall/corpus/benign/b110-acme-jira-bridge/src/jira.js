'use strict'
const { textToAdf, adfToText } = require('@acme-corp/jira-adf')

class Jira {
  constructor({ siteUrl, email, apiToken }) {
    if (!/^https:\/\/[a-z0-9-]+\.atlassian\.net\/?$/i.test(siteUrl)) throw new Error('siteUrl must be https://<site>.atlassian.net')
    this.base = siteUrl.replace(/\/$/, '') + '/rest/api/3'
    this.auth = 'Basic ' + Buffer.from(`${email}:${apiToken}`).toString('base64')
  }

  async req(method, path, body) {
    const res = await fetch(this.base + path, {
      method,
      headers: { Authorization: this.auth, Accept: 'application/json', ...(body ? { 'Content-Type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined
    })
    const text = await res.text()
    if (!res.ok) throw new Error(`Jira ${res.status}: ${text.slice(0, 300)}`)
    return text ? JSON.parse(text) : null
  }

  async search(jql, max = 20) {
    const r = await this.req('POST', '/search', { jql, maxResults: max, fields: ['summary', 'status', 'assignee', 'priority', 'updated'] })
    return r.issues.map((i) => ({
      key: i.key,
      summary: i.fields.summary,
      status: i.fields.status && i.fields.status.name,
      assignee: i.fields.assignee && i.fields.assignee.displayName,
      priority: i.fields.priority && i.fields.priority.name,
      updated: i.fields.updated
    }))
  }

  async get(key) {
    const i = await this.req('GET', `/issue/${encodeURIComponent(key)}?fields=summary,description,status,comment`)
    return {
      key: i.key,
      summary: i.fields.summary,
      status: i.fields.status.name,
      description: i.fields.description ? adfToText(i.fields.description) : '',
      comments: (i.fields.comment ? i.fields.comment.comments : []).map((c) => ({ author: c.author.displayName, body: adfToText(c.body) }))
    }
  }

  create(project, summary, description, issuetype = 'Task') {
    return this.req('POST', '/issue', {
      fields: { project: { key: project }, summary, issuetype: { name: issuetype }, description: textToAdf(description || '') }
    })
  }

  comment(key, body) {
    return this.req('POST', `/issue/${encodeURIComponent(key)}/comment`, { body: textToAdf(body) })
  }
}

module.exports = { Jira }
