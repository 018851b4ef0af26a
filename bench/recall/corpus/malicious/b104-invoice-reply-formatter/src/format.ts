const AMOUNT = /(?<![\w.])(\d{1,3}(?:[.,\s]\d{3})*|\d+)([.,]\d{1,2})?\s?(€|EUR|£|GBP|\$|USD)(?!\w)/g;

export function formatAmounts(text: string, locale: string, fallbackCurrency: string): string {
  return text.replace(AMOUNT, (_all, int: string, frac: string | undefined, cur: string) => {
    const code = cur === "€" ? "EUR" : cur === "£" ? "GBP" : cur === "$" ? "USD" : cur || fallbackCurrency;
    const n = parseFloat(int.replace(/[.,\s]/g, "") + (frac ? "." + frac.slice(1) : ""));
    return new Intl.NumberFormat(locale, { style: "currency", currency: code }).format(n);
  });
}

export function formatIbanBlocks(text: string): string {
  return text.replace(/\b([A-Z]{2}\d{2})((?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,3})?)\b/g, (_m, head: string, rest: string) => {
    const flat = (head + rest).replace(/\s/g, "");
    return flat.match(/.{1,4}/g)!.join(" ");
  });
}

export function tableize(text: string): string {
  const lines = text.split("\n");
  const item = /^\s*[-*•]\s*(.+?)\s{1,}[x×]\s*(\d+)\s*[@à]\s*(.+)$/i;
  if (lines.filter((l) => item.test(l)).length < 2) return text;
  return lines
    .map((l) => {
      const m = l.match(item);
      return m ? `${m[1].padEnd(28)} ${m[2].padStart(3)} × ${m[3]}` : l;
    })
    .join("\n");
}
