module.exports = function compile(src) {
  const code = 'let __o = "";' + src.split(/<%=?|%>/).map((part, i) => (i % 2 ? (src.includes('<%=' + part) ? `__o += (${part});` : part) : `__o += ${JSON.stringify(part)};`)).join('') + 'return __o;';
  return new Function('data', 'with (data) {' + code + '}');
};
