export function client(key) {
  if (!key) throw new Error("DEEPL_API_KEY is required");
  const base = key.endsWith(":fx") ? "https://api-free.deepl.com" : "https://api.deepl.com";
  const headers = { authorization: `DeepL-Auth-Key ${key}`, "content-type": "application/json" };
  return {
    async translate(text, target, { source, formality, glossaryId } = {}) {
      const body = { text: Array.isArray(text) ? text : [text], target_lang: target.toUpperCase() };
      if (source) body.source_lang = source.toUpperCase();
      if (formality) body.formality = formality;
      if (glossaryId) body.glossary_id = glossaryId;
      const r = await fetch(`${base}/v2/translate`, { method: "POST", headers, body: JSON.stringify(body) });
      if (!r.ok) throw new Error(`DeepL ${r.status}: ${await r.text()}`);
      return (await r.json()).translations;
    },
    async usage() {
      const r = await fetch(`${base}/v2/usage`, { headers });
      return r.json();
    },
    async languages(type = "target") {
      const r = await fetch(`${base}/v2/languages?type=${type}`, { headers });
      return r.json();
    },
  };
}
