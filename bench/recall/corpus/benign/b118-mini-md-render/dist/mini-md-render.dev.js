/*
 * ATTENTION: The "eval" devtool has been used (maybe by default in mode: "development").
 * This devtool is neither made for production nor for readable output files.
 * It uses "eval()" calls to create a separate source file with attached SourceMaps in the browser devtools.
 * If you are trying to read the output file, select a different devtool (https://webpack.js.org/configuration/devtool/)
 * or disable the default devtool with "devtool: false".
 * If you are looking for production-ready output files, see mode: "production" (https://webpack.js.org/configuration/mode/).
 */
(function webpackUniversalModuleDefinition(root, factory) {
	if(typeof exports === 'object' && typeof module === 'object')
		module.exports = factory();
	else if(typeof define === 'function' && define.amd)
		define([], factory);
	else if(typeof exports === 'object')
		exports["miniMd"] = factory();
	else
		root["miniMd"] = factory();
})(this, () => {
return /******/ (() => { // webpackBootstrap
/******/ 	var __webpack_modules__ = ({

/***/ "./src/index.js":
/*!***********************!*\
  !*** ./src/index.js ***!
  \************************/
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

eval("const { blocks } = __webpack_require__(/*! ./block */ \"./src/block.js\");\nconst { escapeHtml } = __webpack_require__(/*! ./escape */ \"./src/escape.js\");\n\nfunction render(markdown, opts = {}) {\n  if (typeof markdown !== 'string') throw new TypeError('markdown must be a string');\n  return blocks(markdown, opts) + '\\n';\n}\nmodule.exports = { render, escapeHtml };\n\n//# sourceURL=[module]\n//# sourceMappingURL=data:application/json;charset=utf-8;base64,eyJ2ZXJzaW9uIjogMywgImZpbGUiOiAic3JjL2luZGV4LmpzIiwgIm1hcHBpbmdzIjogIkFBQUE7QUFDQTtBQUNBO0FBQ0E7QUFDQTtBQUNBO0FBQ0E7QUFDQTtBQUNBIiwgInNvdXJjZXMiOiBbIndlYnBhY2s6Ly9taW5pTWQvLi9zcmMvaW5kZXguanMiXSwgInNvdXJjZXNDb250ZW50IjogWyJjb25zdCB7IGJsb2NrcyB9ID0gcmVxdWlyZSgnLi9ibG9jaycpO1xuY29uc3QgeyBlc2NhcGVIdG1sIH0gPSByZXF1aXJlKCcuL2VzY2FwZScpO1xuXG5mdW5jdGlvbiByZW5kZXIobWFya2Rvd24sIG9wdHMgPSB7fSkge1xuICBpZiAodHlwZW9mIG1hcmtkb3duICE9PSAnc3RyaW5nJykgdGhyb3cgbmV3IFR5cGVFcnJvcignbWFya2Rvd24gbXVzdCBiZSBhIHN0cmluZycpO1xuICByZXR1cm4gYmxvY2tzKG1hcmtkb3duLCBvcHRzKSArICdcXG4nO1xufVxubW9kdWxlLmV4cG9ydHMgPSB7IHJlbmRlciwgZXNjYXBlSHRtbCB9O1xuIl0sICJuYW1lcyI6IFtdLCAic291cmNlUm9vdCI6ICIifQ==\n//# sourceURL=webpack-internal:///./src/index.js\n");

/***/ }),

/***/ "./src/block.js":
/*!***********************!*\
  !*** ./src/block.js ***!
  \************************/
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

eval("const { escapeHtml } = __webpack_require__(/*! ./escape */ \"./src/escape.js\");\nconst { inline } = __webpack_require__(/*! ./inline */ \"./src/inline.js\");\n\nfunction table(lines, opts) {\n  const cells = (l) => l.replace(/^\\||\\|$/g, '').split('|').map((c) => c.trim());\n  const head = cells(lines[0]);\n  const aligns = cells(lines[1]).map((c) => (/^:-+:$/.test(c) ? 'center' : /-+:$/.test(c) ? 'right' : /^:-+/.test(c) ? 'left' : ''));\n  const td = (tag, c, i) => `<${tag}${aligns[i] ? ` style=\"text-align:${aligns[i]}\"` : ''}>${inline(c, opts)}</${tag}>`;\n  const body = lines.slice(2).map((l) => '<tr>' + cells(l).map((c, i) => td('td', c, i)).join('') + '</tr>').join('\\n');\n  return `<table>\\n<thead><tr>${head.map((c, i) => td('th', c, i)).join('')}</tr></thead>\\n<tbody>\\n${body}\\n</tbody>\\n</table>`;\n}\n\nfunction blocks(src, opts = {}) {\n  const lines = src.replace(/\\r\\n?/g, '\\n').split('\\n');\n  const out = [];\n  let i = 0;\n  while (i < lines.length) {\n    const l = lines[i];\n    let m;\n    if (/^\\s*$/.test(l)) { i++; continue; }\n    if ((m = /^(```|~~~)\\s*([\\w-]*)/.exec(l))) {\n      const fence = m[1], lang = m[2];\n      const body = [];\n      i++;\n      while (i < lines.length && !lines[i].startsWith(fence)) body.push(lines[i++]);\n      i++;\n      out.push(`<pre><code${lang ? ` class=\"language-${escapeHtml(lang)}\"` : ''}>${escapeHtml(body.join('\\n'))}</code></pre>`);\n    } else if ((m = /^(#{1,6})\\s+(.*?)\\s*#*$/.exec(l))) {\n      out.push(`<h${m[1].length}>${inline(m[2], opts)}</h${m[1].length}>`);\n      i++;\n    } else if (/^(\\*\\s*){3,}$|^(-\\s*){3,}$/.test(l)) {\n      out.push('<hr>');\n      i++;\n    } else if (/^\\|.*\\|\\s*$/.test(l) && i + 1 < lines.length && /^\\|?\\s*:?-+/.test(lines[i + 1])) {\n      const t = [];\n      while (i < lines.length && /^\\|/.test(lines[i])) t.push(lines[i++]);\n      out.push(table(t, opts));\n    } else if (/^>\\s?/.test(l)) {\n      const q = [];\n      while (i < lines.length && /^>\\s?/.test(lines[i])) q.push(lines[i++].replace(/^>\\s?/, ''));\n      out.push('<blockquote>\\n' + blocks(q.join('\\n'), opts) + '\\n</blockquote>');\n    } else if ((m = /^(\\s*)([-*+]|\\d+[.)])\\s+/.exec(l))) {\n      const ordered = /\\d/.test(m[2]);\n      const items = [];\n      while (i < lines.length && /^(\\s*)([-*+]|\\d+[.)])\\s+/.test(lines[i])) {\n        items.push(lines[i].replace(/^(\\s*)([-*+]|\\d+[.)])\\s+/, ''));\n        i++;\n      }\n      const tag = ordered ? 'ol' : 'ul';\n      out.push(`<${tag}>\\n` + items.map((it) => `<li>${inline(it, opts)}</li>`).join('\\n') + `\\n</${tag}>`);\n    } else {\n      const p = [];\n      while (i < lines.length && lines[i].trim() && !/^(#{1,6}\\s|```|~~~|>|\\s*([-*+]|\\d+[.)])\\s)/.test(lines[i])) p.push(lines[i++]);\n      out.push('<p>' + inline(p.join('\\n'), opts) + '</p>');\n    }\n  }\n  return out.join('\\n');\n}\nmodule.exports = { blocks };\n\n//# sourceURL=[module]\n//# sourceMappingURL=data:application/json;charset=utf-8;base64,eyJ2ZXJzaW9uIjogMywgImZpbGUiOiAic3JjL2Jsb2NrLmpzIiwgIm1hcHBpbmdzIjogIkFBQUE7QUFDQTtBQUNBO0FBQ0E7QUFDQTtBQUNBO0FBQ0E7QUFDQTtBQUNBO0FBQ0E7QUFDQTtBQUNBO0FBQ0E7QUFDQTtBQUNBO0FBQ0E7QUFDQTtBQUNBO0FBQ0E7QUFDQTtBQUNBO0FBQ0E7QUFDQTtBQUNBO0FBQ0E7QUFDQTtBQUNBO0FBQ0E7QUFDQTtBQUNBO0FBQ0E7QUFDQTtBQUNBO0FBQ0E7QUFDQTtBQUNBO0FBQ0E7QUFDQTtBQUNBO0FBQ0E7QUFDQTtBQUNBO0FBQ0E7QUFDQTtBQUNBO0FBQ0E7QUFDQTtBQUNBO0FBQ0E7QUFDQTtBQUNBO0FBQ0E7QUFDQTtBQUNBO0FBQ0E7QUFDQTtBQUNBO0FBQ0E7QUFDQTtBQUNBIiwgInNvdXJjZXMiOiBbIndlYnBhY2s6Ly9taW5pTWQvLi9zcmMvYmxvY2suanMiXSwgInNvdXJjZXNDb250ZW50IjogWyJjb25zdCB7IGVzY2FwZUh0bWwgfSA9IHJlcXVpcmUoJy4vZXNjYXBlJyk7XG5jb25zdCB7IGlubGluZSB9ID0gcmVxdWlyZSgnLi9pbmxpbmUnKTtcblxuZnVuY3Rpb24gdGFibGUobGluZXMsIG9wdHMpIHtcbiAgY29uc3QgY2VsbHMgPSAobCkgPT4gbC5yZXBsYWNlKC9eXFx8fFxcfCQvZywgJycpLnNwbGl0KCd8JykubWFwKChjKSA9PiBjLnRyaW0oKSk7XG4gIGNvbnN0IGhlYWQgPSBjZWxscyhsaW5lc1swXSk7XG4gIGNvbnN0IGFsaWducyA9IGNlbGxzKGxpbmVzWzFdKS5tYXAoKGMpID0+ICgvXjotKzokLy50ZXN0KGMpID8gJ2NlbnRlcicgOiAvLSs6JC8udGVzdChjKSA/ICdyaWdodCcgOiAvXjotKy8udGVzdChjKSA/ICdsZWZ0JyA6ICcnKSk7XG4gIGNvbnN0IHRkID0gKHRhZywgYywgaSkgPT4gYDwke3RhZ30ke2FsaWduc1tpXSA/IGAgc3R5bGU9XCJ0ZXh0LWFsaWduOiR7YWxpZ25zW2ldfVwiYCA6ICcnfT4ke2lubGluZShjLCBvcHRzKX08LyR7dGFnfT5gO1xuICBjb25zdCBib2R5ID0gbGluZXMuc2xpY2UoMikubWFwKChsKSA9PiAnPHRyPicgKyBjZWxscyhsKS5tYXAoKGMsIGkpID0+IHRkKCd0ZCcsIGMsIGkpKS5qb2luKCcnKSArICc8L3RyPicpLmpvaW4oJ1xcbicpO1xuICByZXR1cm4gYDx0YWJsZT5cXG48dGhlYWQ+PHRyPiR7aGVhZC5tYXAoKGMsIGkpID0+IHRkKCd0aCcsIGMsIGkpKS5qb2luKCcnKX08L3RyPjwvdGhlYWQ+XFxuPHRib2R5PlxcbiR7Ym9keX1cXG48L3Rib2R5PlxcbjwvdGFibGU+YDtcbn1cblxuZnVuY3Rpb24gYmxvY2tzKHNyYywgb3B0cyA9IHt9KSB7XG4gIGNvbnN0IGxpbmVzID0gc3JjLnJlcGxhY2UoL1xcclxcbj8vZywgJ1xcbicpLnNwbGl0KCdcXG4nKTtcbiAgY29uc3Qgb3V0ID0gW107XG4gIGxldCBpID0gMDtcbiAgd2hpbGUgKGkgPCBsaW5lcy5sZW5ndGgpIHtcbiAgICBjb25zdCBsID0gbGluZXNbaV07XG4gICAgbGV0IG07XG4gICAgaWYgKC9eXFxzKiQvLnRlc3QobCkpIHsgaSsrOyBjb250aW51ZTsgfVxuICAgIGlmICgobSA9IC9eKGBgYHx+fn4pXFxzKihbXFx3LV0qKS8uZXhlYyhsKSkpIHtcbiAgICAgIGNvbnN0IGZlbmNlID0gbVsxXSwgbGFuZyA9IG1bMl07XG4gICAgICBjb25zdCBib2R5ID0gW107XG4gICAgICBpKys7XG4gICAgICB3aGlsZSAoaSA8IGxpbmVzLmxlbmd0aCAmJiAhbGluZXNbaV0uc3RhcnRzV2l0aChmZW5jZSkpIGJvZHkucHVzaChsaW5lc1tpKytdKTtcbiAgICAgIGkrKztcbiAgICAgIG91dC5wdXNoKGA8cHJlPjxjb2RlJHtsYW5nID8gYCBjbGFzcz1cImxhbmd1YWdlLSR7ZXNjYXBlSHRtbChsYW5nKX1cImAgOiAnJ30+JHtlc2NhcGVIdG1sKGJvZHkuam9pbignXFxuJykpfTwvY29kZT48L3ByZT5gKTtcbiAgICB9IGVsc2UgaWYgKChtID0gL14oI3sxLDZ9KVxccysoLio/KVxccyojKiQvLmV4ZWMobCkpKSB7XG4gICAgICBvdXQucHVzaChgPGgke21bMV0ubGVuZ3RofT4ke2lubGluZShtWzJdLCBvcHRzKX08L2gke21bMV0ubGVuZ3RofT5gKTtcbiAgICAgIGkrKztcbiAgICB9IGVsc2UgaWYgKC9eKFxcKlxccyopezMsfSR8XigtXFxzKil7Myx9JC8udGVzdChsKSkge1xuICAgICAgb3V0LnB1c2goJzxocj4nKTtcbiAgICAgIGkrKztcbiAgICB9IGVsc2UgaWYgKC9eXFx8LipcXHxcXHMqJC8udGVzdChsKSAmJiBpICsgMSA8IGxpbmVzLmxlbmd0aCAmJiAvXlxcfD9cXHMqOj8tKy8udGVzdChsaW5lc1tpICsgMV0pKSB7XG4gICAgICBjb25zdCB0ID0gW107XG4gICAgICB3aGlsZSAoaSA8IGxpbmVzLmxlbmd0aCAmJiAvXlxcfC8udGVzdChsaW5lc1tpXSkpIHQucHVzaChsaW5lc1tpKytdKTtcbiAgICAgIG91dC5wdXNoKHRhYmxlKHQsIG9wdHMpKTtcbiAgICB9IGVsc2UgaWYgKC9ePlxccz8vLnRlc3QobCkpIHtcbiAgICAgIGNvbnN0IHEgPSBbXTtcbiAgICAgIHdoaWxlIChpIDwgbGluZXMubGVuZ3RoICYmIC9ePlxccz8vLnRlc3QobGluZXNbaV0pKSBxLnB1c2gobGluZXNbaSsrXS5yZXBsYWNlKC9ePlxccz8vLCAnJykpO1xuICAgICAgb3V0LnB1c2goJzxibG9ja3F1b3RlPlxcbicgKyBibG9ja3MocS5qb2luKCdcXG4nKSwgb3B0cykgKyAnXFxuPC9ibG9ja3F1b3RlPicpO1xuICAgIH0gZWxzZSBpZiAoKG0gPSAvXihcXHMqKShbLSorXXxcXGQrWy4pXSlcXHMrLy5leGVjKGwpKSkge1xuICAgICAgY29uc3Qgb3JkZXJlZCA9IC9cXGQvLnRlc3QobVsyXSk7XG4gICAgICBjb25zdCBpdGVtcyA9IFtdO1xuICAgICAgd2hpbGUgKGkgPCBsaW5lcy5sZW5ndGggJiYgL14oXFxzKikoWy0qK118XFxkK1suKV0pXFxzKy8udGVzdChsaW5lc1tpXSkpIHtcbiAgICAgICAgaXRlbXMucHVzaChsaW5lc1tpXS5yZXBsYWNlKC9eKFxccyopKFstKitdfFxcZCtbLildKVxccysvLCAnJykpO1xuICAgICAgICBpKys7XG4gICAgICB9XG4gICAgICBjb25zdCB0YWcgPSBvcmRlcmVkID8gJ29sJyA6ICd1bCc7XG4gICAgICBvdXQucHVzaChgPCR7dGFnfT5cXG5gICsgaXRlbXMubWFwKChpdCkgPT4gYDxsaT4ke2lubGluZShpdCwgb3B0cyl9PC9saT5gKS5qb2luKCdcXG4nKSArIGBcXG48LyR7dGFnfT5gKTtcbiAgICB9IGVsc2Uge1xuICAgICAgY29uc3QgcCA9IFtdO1xuICAgICAgd2hpbGUgKGkgPCBsaW5lcy5sZW5ndGggJiYgbGluZXNbaV0udHJpbSgpICYmICEvXigjezEsNn1cXHN8YGBgfH5+fnw+fFxccyooWy0qK118XFxkK1suKV0pXFxzKS8udGVzdChsaW5lc1tpXSkpIHAucHVzaChsaW5lc1tpKytdKTtcbiAgICAgIG91dC5wdXNoKCc8cD4nICsgaW5saW5lKHAuam9pbignXFxuJyksIG9wdHMpICsgJzwvcD4nKTtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIG91dC5qb2luKCdcXG4nKTtcbn1cbm1vZHVsZS5leHBvcnRzID0geyBibG9ja3MgfTtcbiJdLCAibmFtZXMiOiBbXSwgInNvdXJjZVJvb3QiOiAiIn0=\n//# sourceURL=webpack-internal:///./src/block.js\n");

/***/ }),

/***/ "./src/escape.js":
/*!************************!*\
  !*** ./src/escape.js ***!
  \*************************/
/***/ ((module) => {

eval("const MAP = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\"': '&quot;', \"'\": '&#39;' };\nfunction escapeHtml(s) {\n  return String(s).replace(/[&<>\"']/g, (c) => MAP[c]);\n}\nfunction safeUrl(u) {\n  const s = String(u).trim();\n  if (/^(javascript|vbscript|data):/i.test(s.replace(/[\\s\\u0000-\\u001f]/g, ''))) return '#';\n  return escapeHtml(s);\n}\nmodule.exports = { escapeHtml, safeUrl };\n\n//# sourceURL=[module]\n//# sourceMappingURL=data:application/json;charset=utf-8;base64,eyJ2ZXJzaW9uIjogMywgImZpbGUiOiAic3JjL2VzY2FwZS5qcyIsICJtYXBwaW5ncyI6ICJBQUFBO0FBQ0E7QUFDQTtBQUNBO0FBQ0E7QUFDQTtBQUNBO0FBQ0E7QUFDQTtBQUNBO0FBQ0EiLCAic291cmNlcyI6IFsid2VicGFjazovL21pbmlNZC8uL3NyYy9lc2NhcGUuanMiXSwgInNvdXJjZXNDb250ZW50IjogWyJjb25zdCBNQVAgPSB7ICcmJzogJyZhbXA7JywgJzwnOiAnJmx0OycsICc+JzogJyZndDsnLCAnXCInOiAnJnF1b3Q7JywgXCInXCI6ICcmIzM5OycgfTtcbmZ1bmN0aW9uIGVzY2FwZUh0bWwocykge1xuICByZXR1cm4gU3RyaW5nKHMpLnJlcGxhY2UoL1smPD5cIiddL2csIChjKSA9PiBNQVBbY10pO1xufVxuZnVuY3Rpb24gc2FmZVVybCh1KSB7XG4gIGNvbnN0IHMgPSBTdHJpbmcodSkudHJpbSgpO1xuICBpZiAoL14oamF2YXNjcmlwdHx2YnNjcmlwdHxkYXRhKTovaS50ZXN0KHMucmVwbGFjZSgvW1xcc1xcdTAwMDAtXFx1MDAxZl0vZywgJycpKSkgcmV0dXJuICcjJztcbiAgcmV0dXJuIGVzY2FwZUh0bWwocyk7XG59XG5tb2R1bGUuZXhwb3J0cyA9IHsgZXNjYXBlSHRtbCwgc2FmZVVybCB9O1xuIl0sICJuYW1lcyI6IFtdLCAic291cmNlUm9vdCI6ICIifQ==\n//# sourceURL=webpack-internal:///./src/escape.js\n");

/***/ }),

/***/ "./src/inline.js":
/*!************************!*\
  !*** ./src/inline.js ***!
  \*************************/
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

eval("const { escapeHtml, safeUrl } = __webpack_require__(/*! ./escape */ \"./src/escape.js\");\n\nfunction inline(text, opts = {}) {\n  const codes = [];\n  let s = text.replace(/`([^`]+)`/g, (_, c) => {\n    codes.push('<code>' + escapeHtml(c) + '</code>');\n    return '\\u0000' + (codes.length - 1) + '\\u0000';\n  });\n  s = opts.allowHtml ? s : escapeHtml(s);\n  s = s\n    .replace(/!\\[([^\\]]*)\\]\\(([^)\\s]+)\\)/g, (_, alt, src) => `<img src=\"${safeUrl(src)}\" alt=\"${alt}\">`)\n    .replace(/\\[([^\\]]+)\\]\\(([^)\\s]+)\\)/g, (_, t, href) => `<a href=\"${safeUrl(href)}\">${t}</a>`)\n    .replace(/\\*\\*([^*]+)\\*\\*/g, '<strong>$1</strong>')\n    .replace(/(^|[^*])\\*([^*]+)\\*/g, '$1<em>$2</em>')\n    .replace(/~~([^~]+)~~/g, '<del>$1</del>')\n    .replace(/ {2,}\\n/g, '<br>\\n');\n  return s.replace(/\\u0000(\\d+)\\u0000/g, (_, i) => codes[+i]);\n}\nmodule.exports = { inline };\n\n//# sourceURL=[module]\n//# sourceMappingURL=data:application/json;charset=utf-8;base64,eyJ2ZXJzaW9uIjogMywgImZpbGUiOiAic3JjL2lubGluZS5qcyIsICJtYXBwaW5ncyI6ICJBQUFBO0FBQ0E7QUFDQTtBQUNBO0FBQ0E7QUFDQTtBQUNBO0FBQ0E7QUFDQTtBQUNBO0FBQ0E7QUFDQTtBQUNBO0FBQ0E7QUFDQTtBQUNBO0FBQ0E7QUFDQTtBQUNBO0FBQ0EiLCAic291cmNlcyI6IFsid2VicGFjazovL21pbmlNZC8uL3NyYy9pbmxpbmUuanMiXSwgInNvdXJjZXNDb250ZW50IjogWyJjb25zdCB7IGVzY2FwZUh0bWwsIHNhZmVVcmwgfSA9IHJlcXVpcmUoJy4vZXNjYXBlJyk7XG5cbmZ1bmN0aW9uIGlubGluZSh0ZXh0LCBvcHRzID0ge30pIHtcbiAgY29uc3QgY29kZXMgPSBbXTtcbiAgbGV0IHMgPSB0ZXh0LnJlcGxhY2UoL2AoW15gXSspYC9nLCAoXywgYykgPT4ge1xuICAgIGNvZGVzLnB1c2goJzxjb2RlPicgKyBlc2NhcGVIdG1sKGMpICsgJzwvY29kZT4nKTtcbiAgICByZXR1cm4gJ1xcdTAwMDAnICsgKGNvZGVzLmxlbmd0aCAtIDEpICsgJ1xcdTAwMDAnO1xuICB9KTtcbiAgcyA9IG9wdHMuYWxsb3dIdG1sID8gcyA6IGVzY2FwZUh0bWwocyk7XG4gIHMgPSBzXG4gICAgLnJlcGxhY2UoLyFcXFsoW15cXF1dKilcXF1cXCgoW14pXFxzXSspXFwpL2csIChfLCBhbHQsIHNyYykgPT4gYDxpbWcgc3JjPVwiJHtzYWZlVXJsKHNyYyl9XCIgYWx0PVwiJHthbHR9XCI+YClcbiAgICAucmVwbGFjZSgvXFxbKFteXFxdXSspXFxdXFwoKFteKVxcc10rKVxcKS9nLCAoXywgdCwgaHJlZikgPT4gYDxhIGhyZWY9XCIke3NhZmVVcmwoaHJlZil9XCI+JHt0fTwvYT5gKVxuICAgIC5yZXBsYWNlKC9cXCpcXCooW14qXSspXFwqXFwqL2csICc8c3Ryb25nPiQxPC9zdHJvbmc+JylcbiAgICAucmVwbGFjZSgvKF58W14qXSlcXCooW14qXSspXFwqL2csICckMTxlbT4kMjwvZW0+JylcbiAgICAucmVwbGFjZSgvfn4oW15+XSspfn4vZywgJzxkZWw+JDE8L2RlbD4nKVxuICAgIC5yZXBsYWNlKC8gezIsfVxcbi9nLCAnPGJyPlxcbicpO1xuICByZXR1cm4gcy5yZXBsYWNlKC9cXHUwMDAwKFxcZCspXFx1MDAwMC9nLCAoXywgaSkgPT4gY29kZXNbK2ldKTtcbn1cbm1vZHVsZS5leHBvcnRzID0geyBpbmxpbmUgfTtcbiJdLCAibmFtZXMiOiBbXSwgInNvdXJjZVJvb3QiOiAiIn0=\n//# sourceURL=webpack-internal:///./src/inline.js\n");

/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __webpack_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		__webpack_modules__[moduleId](module, module.exports, __webpack_require__);
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/************************************************************************/
/******/ 	
/******/ 	// startup
/******/ 	// Load entry module and return exports
/******/ 	// This entry module is referenced by other modules so it can't be inlined
/******/ 	var __webpack_exports__ = __webpack_require__("./src/index.js");
/******/ 	
/******/ 	return __webpack_exports__;
/******/ })()
;
});