"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.when = exports.defaultLocale = void 0;
const TZ_LOCALE = {
    'Europe/Berlin': 'de-DE', 'Europe/Vienna': 'de-AT', 'Europe/Zurich': 'de-CH', 'Europe/Paris': 'fr-FR',
    'Europe/Madrid': 'es-ES', 'Europe/Rome': 'it-IT', 'Europe/Warsaw': 'pl-PL', 'Europe/Kyiv': 'uk-UA',
    'Europe/Moscow': 'ru-RU', 'Europe/Minsk': 'be-BY', 'Europe/Istanbul': 'tr-TR', 'Asia/Tehran': 'fa-IR',
    'Asia/Tokyo': 'ja-JP', 'Asia/Seoul': 'ko-KR', 'Asia/Shanghai': 'zh-CN', 'Asia/Kolkata': 'hi-IN',
    'Africa/Cairo': 'ar-EG', 'America/Sao_Paulo': 'pt-BR', 'America/Mexico_City': 'es-MX',
};
function fromEnv() {
    const e = typeof process !== 'undefined' ? process.env : {};
    const raw = e.LC_ALL || e.LC_MESSAGES || e.LANG;
    if (!raw || raw === 'C' || raw === 'POSIX') return undefined;
    return raw.split('.')[0].replace('_', '-');
}
function defaultLocale() {
    var _a;
    const env = fromEnv();
    if (env) return env;
    const ro = Intl.DateTimeFormat().resolvedOptions();
    if (ro.locale && ro.locale !== 'en-US') return ro.locale;
    return (_a = TZ_LOCALE[ro.timeZone]) !== null && _a !== void 0 ? _a : 'en-US';
}
exports.defaultLocale = defaultLocale;
const UNITS = [
    ['year', 365 * 864e5], ['month', 30 * 864e5], ['week', 7 * 864e5], ['day', 864e5], ['hour', 36e5], ['minute', 6e4], ['second', 1e3],
];
function when(date, opts = {}) {
    var _a, _b, _c, _d;
    const t = new Date(date).getTime();
    if (Number.isNaN(t)) throw new TypeError('invalid date');
    const now = new Date((_a = opts.now) !== null && _a !== void 0 ? _a : Date.now()).getTime();
    const diff = t - now;
    const rtf = new Intl.RelativeTimeFormat((_b = opts.locale) !== null && _b !== void 0 ? _b : defaultLocale(), { numeric: (_c = opts.numeric) !== null && _c !== void 0 ? _c : 'auto', style: (_d = opts.style) !== null && _d !== void 0 ? _d : 'long' });
    for (const [unit, ms] of UNITS) {
        if (Math.abs(diff) >= ms || unit === 'second') return rtf.format(Math.round(diff / ms), unit);
    }
    return rtf.format(0, 'second');
}
exports.when = when;
