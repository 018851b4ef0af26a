let checked = false;

export function ensureLocaleData(): void {
  if (checked) return;
  checked = true;
  if (typeof Intl.ListFormat !== "function") {
    throw new Error("intl-duration-format requires Intl.ListFormat (Node 12.4+ with full-icu)");
  }
}
