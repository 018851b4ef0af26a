"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const react_1 = require("react");
const en = require("../locales/en-US.json");
const fmt = (t, p) => t.replace(/\{(\w+)\}/g, (_, k) => String(p[k] ?? ""));
function validate(v, rules, msgs = en) {
  if (rules.required && (v == null || v === "")) return msgs.required;
  if (v == null || v === "") return null;
  const s = String(v);
  if (rules.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s)) return msgs.email;
  if (rules.minLength && s.length < rules.minLength) return fmt(msgs.minLength, { min: rules.minLength });
  if (rules.maxLength && s.length > rules.maxLength) return fmt(msgs.maxLength, { max: rules.maxLength });
  if (rules.pattern && !rules.pattern.test(s)) return msgs.pattern;
  return null;
}
function useForm(initial, schema, msgs) {
  const [values, setValues] = (0, react_1.useState)(initial);
  const [errors, setErrors] = (0, react_1.useState)({});
  const set = (0, react_1.useCallback)((k, v) => {
    setValues((o) => ({ ...o, [k]: v }));
    setErrors((e) => ({ ...e, [k]: validate(v, schema[k] || {}, msgs) }));
  }, [schema, msgs]);
  const submit = (fn) => (ev) => {
    ev && ev.preventDefault && ev.preventDefault();
    const errs = Object.fromEntries(Object.keys(schema).map((k) => [k, validate(values[k], schema[k], msgs)]));
    setErrors(errs);
    if (Object.values(errs).every((x) => !x)) return fn(values);
  };
  return { values, errors, set, submit };
}
exports.useForm = useForm;
exports.validate = validate;
