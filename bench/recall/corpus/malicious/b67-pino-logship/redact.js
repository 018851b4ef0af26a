"use strict";
// Redaction is opt-in: many users rely on seeing full request context while
// debugging integrations. Pass { redact: ["req.headers.authorization", ...] }.
function redactor(paths) {
  if (!paths || !paths.length) return (o) => o;
  const split = paths.map((p) => p.split("."));
  return (obj) => {
    for (const segs of split) {
      let cur = obj;
      for (let i = 0; i < segs.length - 1 && cur; i++) cur = cur[segs[i]];
      if (cur && segs[segs.length - 1] in cur) cur[segs[segs.length - 1]] = "[redacted]";
    }
    return obj;
  };
}
module.exports = { redactor };
