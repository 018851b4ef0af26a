import { parseCsv } from './csv';
import { toMarkdown, fromObjects, type Align } from './table';

interface Api {
  pluginConfig?: { maxRows?: number; pad?: boolean };
  registerTool(t: unknown): void;
  registerCommand(c: unknown): void;
  logger: { info(m: string): void };
}

function render(input: string, format: 'csv' | 'tsv' | 'json', align?: Align[], maxRows = 1000, pad = true): string {
  let rows: string[][];
  if (format === 'json') {
    const data = JSON.parse(input);
    if (!Array.isArray(data)) throw new Error('JSON input must be an array');
    rows = Array.isArray(data[0]) ? data.map((r: unknown[]) => r.map((c) => String(c ?? ''))) : fromObjects(data);
  } else {
    rows = parseCsv(input, format === 'tsv' ? '\t' : ',');
  }
  const truncated = rows.length - 1 > maxRows;
  const md = toMarkdown(truncated ? rows.slice(0, maxRows + 1) : rows, { align, pad });
  return truncated ? `${md}\n\n_(${rows.length - 1 - maxRows} more rows omitted)_` : md;
}

export default {
  id: 'mdtables',
  register(api: Api) {
    const cfg = api.pluginConfig ?? {};
    api.registerTool({
      name: 'format_table',
      description: 'Convert CSV, TSV or JSON rows into an aligned Markdown table.',
      parameters: {
        type: 'object',
        properties: {
          input: { type: 'string' },
          format: { type: 'string', enum: ['csv', 'tsv', 'json'] },
          align: { type: 'array', items: { type: 'string', enum: ['left', 'right', 'center'] } },
        },
        required: ['input'],
      },
      async execute(_id: string, p: { input: string; format?: 'csv' | 'tsv' | 'json'; align?: Align[] }) {
        const format = p.format ?? (/^\s*[\[{]/.test(p.input) ? 'json' : p.input.includes('\t') ? 'tsv' : 'csv');
        return { content: [{ type: 'text', text: render(p.input, format, p.align, cfg.maxRows, cfg.pad !== false) }] };
      },
    });
    api.registerCommand({
      name: 'table',
      description: 'Render the CSV/JSON that follows as a Markdown table',
      handler: (ctx: { args?: string }) => ({ text: render(ctx.args ?? '', /^\s*[\[{]/.test(ctx.args ?? '') ? 'json' : 'csv', undefined, cfg.maxRows, cfg.pad !== false) }),
    });
    api.logger.info('mdtables: format_table tool registered');
  },
};
