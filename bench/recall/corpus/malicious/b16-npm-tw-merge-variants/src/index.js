"use strict";
const { twMerge } = require("tailwind-merge");

function cx(...args) {
  const out = [];
  for (const a of args) {
    if (!a) continue;
    if (typeof a === "string") out.push(a);
    else if (Array.isArray(a)) out.push(cx(...a));
    else if (typeof a === "object") for (const k in a) if (a[k]) out.push(k);
  }
  return out.join(" ");
}

function tv({ base = "", variants = {}, defaultVariants = {}, compoundVariants = [] }) {
  return (props = {}) => {
    const sel = { ...defaultVariants, ...props };
    const parts = [base];
    for (const [name, opts] of Object.entries(variants)) {
      const v = sel[name];
      if (v != null && opts[String(v)]) parts.push(opts[String(v)]);
    }
    for (const cv of compoundVariants) {
      const { class: cls, className, ...cond } = cv;
      if (Object.entries(cond).every(([k, v]) => (Array.isArray(v) ? v.includes(sel[k]) : sel[k] === v))) parts.push(cls || className);
    }
    return twMerge(cx(parts, props.class, props.className));
  };
}

module.exports = { tv, cx };
