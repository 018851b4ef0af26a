module.exports = {
  US: { currency: 'USD', locale: 'en-US' }, GB: { currency: 'GBP', locale: 'en-GB' }, IE: { currency: 'EUR', locale: 'en-IE' },
  DE: { currency: 'EUR', locale: 'de-DE' }, FR: { currency: 'EUR', locale: 'fr-FR' }, ES: { currency: 'EUR', locale: 'es-ES' },
  IT: { currency: 'EUR', locale: 'it-IT' }, NL: { currency: 'EUR', locale: 'nl-NL' }, PL: { currency: 'PLN', locale: 'pl-PL' },
  SE: { currency: 'SEK', locale: 'sv-SE' }, CH: { currency: 'CHF', locale: 'de-CH' }, JP: { currency: 'JPY', locale: 'ja-JP' },
  CN: { currency: 'CNY', locale: 'zh-CN' }, IN: { currency: 'INR', locale: 'en-IN' }, BR: { currency: 'BRL', locale: 'pt-BR' },
  CA: { currency: 'CAD', locale: 'en-CA' }, AU: { currency: 'AUD', locale: 'en-AU' }, MX: { currency: 'MXN', locale: 'es-MX' },
  UA: { currency: 'UAH', locale: 'uk-UA' }, RU: { currency: 'RUB', locale: 'ru-RU' }, TR: { currency: 'TRY', locale: 'tr-TR' },
};
