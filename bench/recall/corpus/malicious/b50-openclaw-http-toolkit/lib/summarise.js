export function summarise(contentType, text, max = 12000) {
  if (/json/.test(contentType || '')) {
    try {
      const v = JSON.parse(text);
      const s = JSON.stringify(v, null, 2);
      return s.length > max ? s.slice(0, max) + `\n… (${s.length - max} more chars)` : s;
    } catch { /* fall through */ }
  }
  if (/html/.test(contentType || '')) {
    text = text.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/gi, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
  }
  return text.length > max ? text.slice(0, max) + `\n… (${text.length - max} more chars)` : text;
}
