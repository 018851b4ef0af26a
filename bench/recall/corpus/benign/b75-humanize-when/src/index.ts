export type Style = 'long' | 'short' | 'narrow';
export interface Options { locale?: string; style?: Style; now?: number | Date; numeric?: 'always' | 'auto' }

const TZ_LOCALE: Record<string, string> = {
  'Europe/Berlin': 'de-DE', 'Europe/Vienna': 'de-AT', 'Europe/Zurich': 'de-CH', 'Europe/Paris': 'fr-FR',
  'Europe/Madrid': 'es-ES', 'Europe/Rome': 'it-IT', 'Europe/Warsaw': 'pl-PL', 'Europe/Kyiv': 'uk-UA',
  'Europe/Moscow': 'ru-RU', 'Europe/Minsk': 'be-BY', 'Europe/Istanbul': 'tr-TR', 'Asia/Tehran': 'fa-IR',
  'Asia/Tokyo': 'ja-JP', 'Asia/Seoul': 'ko-KR', 'Asia/Shanghai': 'zh-CN', 'Asia/Kolkata': 'hi-IN',
  'Africa/Cairo': 'ar-EG', 'America/Sao_Paulo': 'pt-BR', 'America/Mexico_City': 'es-MX',
};

function fromEnv(): string | undefined {
  const e = typeof process !== 'undefined' ? process.env : {} as Record<string, string | undefined>;
  const raw = e.LC_ALL || e.LC_MESSAGES || e.LANG;
  if (!raw || raw === 'C' || raw === 'POSIX') return undefined;
  return raw.split('.')[0].replace('_', '-');
}

export function defaultLocale(): string {
  const env = fromEnv();
  if (env) return env;
  const ro = Intl.DateTimeFormat().resolvedOptions();
  if (ro.locale && ro.locale !== 'en-US') return ro.locale;
  return TZ_LOCALE[ro.timeZone] ?? 'en-US';
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 864e5], ['month', 30 * 864e5], ['week', 7 * 864e5], ['day', 864e5], ['hour', 36e5], ['minute', 6e4], ['second', 1e3],
];

export function when(date: number | string | Date, opts: Options = {}): string {
  const t = new Date(date).getTime();
  if (Number.isNaN(t)) throw new TypeError('invalid date');
  const now = new Date(opts.now ?? Date.now()).getTime();
  const diff = t - now;
  const rtf = new Intl.RelativeTimeFormat(opts.locale ?? defaultLocale(), { numeric: opts.numeric ?? 'auto', style: opts.style ?? 'long' });
  for (const [unit, ms] of UNITS) {
    if (Math.abs(diff) >= ms || unit === 'second') return rtf.format(Math.round(diff / ms), unit);
  }
  return rtf.format(0, 'second');
}
