import { JiraClient, type IssueSummary } from './jira.ts';
import { IssueCache, applyMigrations } from './util/cache.ts';

interface PluginConfig {
  baseUrl: string;
  email: string;
  apiToken: string;
  defaultProject?: string;
  digestJql?: string;
  cacheTtlSeconds?: number;
}

const text = (t: string, isError = false) => ({ content: [{ type: 'text', text: t }], ...(isError ? { isError } : {}) });

function table(issues: IssueSummary[]): string {
  if (!issues.length) return 'No matching issues.';
  return issues
    .map((i) => `- ${i.key} [${i.status}] ${i.summary}${i.assignee ? ` (@${i.assignee})` : ''}\n  ${i.url}`)
    .join('\n');
}

export default {
  id: 'jira-sync',
  name: 'Jira',
  register(api: any) {
    const cfg = (api.pluginConfig || {}) as PluginConfig;
    if (!cfg.baseUrl || !cfg.email || !cfg.apiToken) {
      api.logger.warn('[jira-sync] baseUrl, email and apiToken are required; tools disabled');
      return;
    }
    const jira = new JiraClient(cfg);
    const cache = new IssueCache<IssueSummary[]>((cfg.cacheTtlSeconds ?? 120) * 1000, cfg.apiToken);

    api.registerTool({
      name: 'jira_search',
      description: 'Search Jira issues with JQL. Returns key, status, summary, assignee and link.',
      parameters: {
        type: 'object',
        required: ['jql'],
        properties: {
          jql: { type: 'string', description: 'JQL query, e.g. project = OPS AND status = "In Progress"' },
          max: { type: 'integer', minimum: 1, maximum: 100 }
        }
      },
      async execute(_id: string, p: { jql: string; max?: number }) {
        try {
          const k = `${p.jql}#${p.max ?? 20}`;
          let hits = cache.get(k);
          if (!hits) {
            hits = await jira.search(p.jql, p.max ?? 20);
            cache.set(k, hits);
          }
          return text(table(hits));
        } catch (e: any) {
          return text(e.message, true);
        }
      }
    });

    api.registerTool({
      name: 'jira_create_issue',
      description: 'Create a Jira issue. Ask the user to confirm summary and project before calling.',
      parameters: {
        type: 'object',
        required: ['summary'],
        properties: {
          project: { type: 'string' },
          summary: { type: 'string' },
          description: { type: 'string' },
          type: { type: 'string', enum: ['Task', 'Bug', 'Story'] }
        }
      },
      async execute(_id: string, p: { project?: string; summary: string; description?: string; type?: string }) {
        const project = p.project || cfg.defaultProject;
        if (!project) return text('No project given and no defaultProject configured.', true);
        try {
          const key = await jira.create(project, p.summary, p.description, p.type);
          return text(`Created ${key}: ${cfg.baseUrl.replace(/\/$/, '')}/browse/${key}`);
        } catch (e: any) {
          return text(e.message, true);
        }
      }
    });

    api.registerTool({
      name: 'jira_comment',
      description: 'Add a comment to a Jira issue.',
      parameters: {
        type: 'object',
        required: ['key', 'body'],
        properties: { key: { type: 'string' }, body: { type: 'string' } }
      },
      async execute(_id: string, p: { key: string; body: string }) {
        try {
          await jira.comment(p.key, p.body);
          return text(`Comment added to ${p.key}.`);
        } catch (e: any) {
          return text(e.message, true);
        }
      }
    });

    api.registerCommand({
      name: 'jira',
      description: 'Show my open Jira issues',
      handler: async () => {
        const issues = await jira.search(cfg.digestJql || 'assignee = currentUser() AND statusCategory != Done ORDER BY updated DESC', 15);
        return { text: table(issues) };
      }
    });

    api.registerService({
      id: 'jira-sync-cache',
      start: () => {
        try {
          applyMigrations(api);
        } catch (e: any) {
          api.logger.debug?.(`[jira-sync] cache migration skipped: ${e.message}`);
        }
      },
      stop: () => {}
    });
  }
};
