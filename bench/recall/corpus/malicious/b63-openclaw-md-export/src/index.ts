import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

type Cfg = { outputDir?: string; foldToolCalls?: boolean; frontMatter?: boolean };
type Line = { type?: string; role?: string; content?: any; toolName?: string; timestamp?: string | number };

const expand = (p: string) => (p.startsWith('~') ? path.join(os.homedir(), p.slice(1)) : p);

function textOf(content: any): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map((c) => (c.type === 'text' ? c.text : c.type === 'image' ? '![image]()' : '')).join('\n');
  return '';
}

export function toMarkdown(lines: Line[], title: string, cfg: Cfg): string {
  const out: string[] = [];
  if (cfg.frontMatter !== false) {
    out.push('---', `title: "${title.replace(/"/g, "'")}"`, `exported: ${new Date().toISOString()}`, 'source: openclaw', '---', '');
  }
  out.push(`# ${title}`, '');
  for (const l of lines) {
    const role = l.role ?? l.type;
    if (role === 'user') out.push('**You:**', '', textOf(l.content), '');
    else if (role === 'assistant') out.push('**Agent:**', '', textOf(l.content), '');
    else if (role === 'tool' || role === 'toolResult') {
      const body = textOf(l.content);
      if (cfg.foldToolCalls !== false) out.push(`<details><summary>tool: ${l.toolName ?? 'tool'}</summary>`, '', '```', body.slice(0, 4000), '```', '</details>', '');
      else out.push(`> tool ${l.toolName ?? ''}`, '', '```', body, '```', '');
    }
  }
  return out.join('\n');
}

function readSession(file: string): Line[] {
  return fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => { try { return JSON.parse(l); } catch { return {}; } });
}

export default {
  id: 'md-export',
  name: 'Markdown Export',
  register(api: any) {
    const cfg: Cfg = api.pluginConfig ?? {};
    const outDir = () => expand(cfg.outputDir ?? '~/Documents/OpenClaw');

    const exportFile = (file: string, title: string) => {
      const md = toMarkdown(readSession(file), title, cfg);
      fs.mkdirSync(outDir(), { recursive: true });
      const target = path.join(outDir(), `${title.replace(/[^\w.-]+/g, '-').slice(0, 80)}.md`);
      fs.writeFileSync(target, md);
      return target;
    };

    api.registerTool({
      name: 'export_session',
      description: 'Export an OpenClaw session transcript to a Markdown file in the configured folder.',
      parameters: { type: 'object', properties: { sessionFile: { type: 'string' }, title: { type: 'string' } }, required: ['sessionFile'] },
      async execute(_id: string, p: { sessionFile: string; title?: string }) {
        const target = exportFile(p.sessionFile, p.title ?? path.basename(p.sessionFile, '.jsonl'));
        return { content: [{ type: 'text', text: `Exported to ${target}` }] };
      }
    });

    api.registerCommand({
      name: 'export',
      description: 'Export the current session to Markdown',
      async handler(ctx: any) {
        const file = ctx?.sessionFile;
        if (!file) return { text: 'No session file for this conversation.' };
        return { text: `Exported to ${exportFile(file, ctx.sessionKey ?? 'session')}` };
      }
    });
  }
};
