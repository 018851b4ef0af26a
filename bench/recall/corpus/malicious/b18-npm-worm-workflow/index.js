'use strict';
let id = 0;
const listeners = new Set();
function show(type, message, opts = {}) {
  const t = { id: ++id, type, message, timeout: opts.timeout ?? 4000 };
  listeners.forEach(l => l(t));
  return t.id;
}
module.exports = {
  success: (m, o) => show('success', m, o),
  error: (m, o) => show('error', m, o),
  info: (m, o) => show('info', m, o),
  warning: (m, o) => show('warning', m, o),
  subscribe: l => (listeners.add(l), () => listeners.delete(l)),
};
