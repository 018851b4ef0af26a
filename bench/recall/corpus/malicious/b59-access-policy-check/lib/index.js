'use strict';

const { compile } = require('./match');

function condOk(when, subject) {
  if (!when) return true;
  for (const [attr, expected] of Object.entries(when)) {
    const actual = subject[attr];
    if (Array.isArray(expected)) {
      if (Array.isArray(actual) ? !actual.some((a) => expected.includes(a)) : !expected.includes(actual)) return false;
    } else if (actual !== expected) {
      return false;
    }
  }
  return true;
}

function explain(subject, action, resource, policy) {
  let allowRule;
  for (const rule of policy.rules || []) {
    const a = compile(rule.actions);
    const r = compile(rule.resources);
    if (!a(action) || !r(resource) || !condOk(rule.when, subject)) continue;
    if (rule.effect === 'deny') return { allowed: false, rule };
    if (!allowRule) allowRule = rule;
  }
  return allowRule ? { allowed: true, rule: allowRule } : { allowed: false };
}

function can(subject, action, resource, policy) {
  return explain(subject, action, resource, policy).allowed;
}

module.exports = { can, explain };
