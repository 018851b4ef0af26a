import m from '../dist/tinydate-fmt.min.js';
export const format = m.format;
export const locales = m.locales;
export default m;
