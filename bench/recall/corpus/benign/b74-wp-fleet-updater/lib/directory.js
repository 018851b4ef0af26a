'use strict';

const cache = new Map();

async function latest(api, slug) {
  if (cache.has(slug)) return cache.get(slug);
  const u = new URL(api);
  u.searchParams.set('action', 'plugin_information');
  u.searchParams.set('request[slug]', slug);
  u.searchParams.set('request[fields][sections]', '1');
  const res = await fetch(u);
  if (!res.ok) return null;
  const j = await res.json();
  if (j.error) return null;
  const changelog = (j.sections?.changelog || '').replace(/<[^>]+>/g, '').split('\n').map((l) => l.trim()).filter(Boolean).slice(0, 12).join('\n');
  const info = { version: j.version, requiresWp: j.requires, requiresPhp: j.requires_php, tested: j.tested, changelog };
  cache.set(slug, info);
  return info;
}

module.exports = { latest };
