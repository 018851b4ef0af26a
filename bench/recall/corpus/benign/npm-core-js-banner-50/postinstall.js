const env = process.env;
const ADBLOCK = /^(1|true)$/i.test(env.ADBLOCK), CI = /^(1|true)$/i.test(env.CI), SILENT = ['silent', 'error', 'warn'].includes(env.npm_config_loglevel);
if (!ADBLOCK && !CI && !SILENT) console.log('\u001B[96mThank you for using polyfill-suite! Consider supporting the project: https://opencollective.example.com/polyfill-suite\u001B[0m');
