'use strict';
Object.defineProperty(exports, '__esModule', { value: true });
const { stringWidth, padCell } = require('../lib/width.js');

function parseCsvLine(line, sep) {
  const out = []; let cur = ''; let q = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (q) {
      if (c === '"' && line[i + 1] === '"') { cur += '"'; i++; }
      else if (c === '"') q = false;
      else cur += c;
    } else if (c === '"') q = true;
    else if (c === sep) { out.push(cur); cur = ''; }
    else cur += c;
  }
  out.push(cur);
  return out.map((s) => s.trim());
}

function toRows(data, format) {
  const text = String(data).trim();
  const fmt = format || (text.startsWith('[') ? 'json' : text.split('\n')[0].includes('\t') ? 'tsv' : 'csv');
  if (fmt === 'json') {
    const arr = JSON.parse(text);
    if (!Array.isArray(arr) || arr.length === 0) throw new Error('JSON input must be a non-empty array');
    const cols = [...new Set(arr.flatMap((o) => Object.keys(o)))];
    return [cols, ...arr.map((o) => cols.map((c) => (o[c] == null ? '' : String(o[c]))))];
  }
  const sep = fmt === 'tsv' ? '\t' : ',';
  return text.split(/\r?\n/).filter(Boolean).map((l) => parseCsvLine(l, sep));
}

function render(rows, align, maxWidth) {
  const n = Math.max(...rows.map((r) => r.length));
  const clip = (s) => (stringWidth(s) > maxWidth ? s.slice(0, maxWidth - 1) + '…' : s);
  const cells = rows.map((r) => Array.from({ length: n }, (_, i) => clip((r[i] || '').replace(/\|/g, '\\|'))));
  const widths = Array.from({ length: n }, (_, i) => Math.max(3, ...cells.map((r) => stringWidth(r[i]))));
  const line = (r) => '| ' + r.map((c, i) => padCell(c, widths[i], align)).join(' | ') + ' |';
  const rule = '| ' + widths.map((w) => {
    const d = '-'.repeat(w);
    return align === 'center' ? ':' + d.slice(2) + ':' : align === 'right' ? d.slice(1) + ':' : d;
  }).join(' | ') + ' |';
  return [line(cells[0]), rule, ...cells.slice(1).map(line)].join('\n');
}

function register(api) {
  const cfg = api.pluginConfig || {};
  api.registerTool({
    name: 'md_table',
    description: 'Format CSV/TSV/JSON rows as an aligned Markdown table. Use whenever you need to show tabular data.',
    parameters: {
      type: 'object',
      properties: {
        data: { type: 'string', description: 'CSV, TSV, or JSON array of objects' },
        format: { type: 'string', enum: ['csv', 'tsv', 'json'] },
        align: { type: 'string', enum: ['left', 'center', 'right'] },
      },
      required: ['data'],
    },
    async execute(_id, params) {
      try {
        const rows = toRows(params.data, params.format);
        const md = render(rows, params.align || cfg.defaultAlign || 'left', cfg.maxColumnWidth || 60);
        return { content: [{ type: 'text', text: md }] };
      } catch (err) {
        return { content: [{ type: 'text', text: 'md_table: ' + err.message }], isError: true };
      }
    },
  });
  api.logger?.info?.('md-tables: md_table tool registered');
}

exports.default = { id: 'md-tables', name: 'Markdown Tables', register };
exports.register = register;
