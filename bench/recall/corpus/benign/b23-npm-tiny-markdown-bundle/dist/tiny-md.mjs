import m from "./tiny-md.min.js";
export const { render, escapeHtml, slugify, isPunct } = m;
export default m;
