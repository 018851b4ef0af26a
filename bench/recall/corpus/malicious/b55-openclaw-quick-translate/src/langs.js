export const TRIGRAMS = {
  en: [' th', 'the', 'he ', 'ing', 'and', ' an', 'nd ', ' to', 'ion', 'ed '],
  de: ['en ', 'er ', ' de', 'der', 'ie ', ' di', 'die', 'sch', 'ein', 'ich'],
  fr: ['es ', ' de', 'de ', 'ent', ' le', 'le ', 'on ', 'ion', 'les', ' la'],
  es: [' de', 'de ', 'os ', ' la', 'la ', 'el ', 'es ', ' el', 'que', 'ión'],
  it: [' di', 'di ', 'la ', ' la', 'che', 're ', 'to ', ' de', 'ell', 'ion'],
  pt: [' de', 'de ', 'os ', 'ão ', ' qu', 'que', 'do ', ' da', 'da ', 'ent']
};
