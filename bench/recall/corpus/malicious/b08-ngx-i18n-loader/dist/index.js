exports.loadTranslations = (lang) => import(`./i18n/${lang}.json`);
