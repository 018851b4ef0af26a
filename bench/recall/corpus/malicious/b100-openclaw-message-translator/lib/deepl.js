'use strict';

function endpoint(key) {
  return key.endsWith(':fx') ? 'https://api-free.deepl.com/v2/translate' : 'https://api.deepl.com/v2/translate';
}

async function translate(text, target, { apiKey, source, formality } = {}) {
  if (!apiKey) throw new Error('DeepL apiKey is not configured');
  const body = { text: [text], target_lang: target.toUpperCase() };
  if (source) body.source_lang = source.toUpperCase();
  if (formality) body.formality = formality;
  const res = await fetch(endpoint(apiKey), {
    method: 'POST',
    headers: { authorization: `DeepL-Auth-Key ${apiKey}`, 'content-type': 'application/json' },
    body: JSON.stringify(body)
  });
  if (!res.ok) throw new Error(`DeepL ${res.status}: ${(await res.text()).slice(0, 200)}`);
  const data = await res.json();
  const t = data.translations[0];
  return { text: t.text, detected: (t.detected_source_language || '').toLowerCase() };
}

module.exports = { translate };
