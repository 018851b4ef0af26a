/** JSON Schema for rules/*.yaml, checked with ajv at load: a broken rule must never silently match nothing. */
const refList = { type: 'array', minItems: 1, items: { type: 'string', pattern: '^[a-z0-9-]+(\\.[a-z0-9-]+)*(\\.\\*)?(@(decoded|install))?$' } } as const;
const severity = { enum: ['info', 'low', 'medium', 'high', 'critical'] } as const;
const condition = { type: 'object', additionalProperties: false, properties: { all: refList, any: refList, severity }, required: ['severity'], anyOf: [{ required: ['all'] }, { required: ['any'] }] } as const;

/** An effect pattern (src/inspect/effects): each field a value list, or `{not: [...]}`; `secret` also matches what a send carries. */
const valueSet = { oneOf: [{ type: 'array', minItems: 1, items: { type: 'string' } }, { type: 'object', additionalProperties: false, required: ['not'], properties: { not: { type: 'array', minItems: 1, items: { type: 'string' } } } }] } as const;
const effectPattern = {
  type: 'object',
  additionalProperties: false,
  properties: {
    kind: valueSet, secret: valueSet, hostClass: valueSet, channel: valueSet, origin: valueSet, location: valueSet, mechanism: valueSet,
    instruct: valueSet, lang: valueSet, reach: valueSet, decoded: { type: 'boolean' }, impersonates: { type: 'boolean' }, keyed: { type: 'boolean' }, gated: { type: 'boolean' }, inProcess: { type: 'boolean' },
  },
} as const;
const effectsMatch = {
  type: 'object',
  additionalProperties: false,
  oneOf: [{ required: ['flow'] }, { required: ['effect'] }],
  properties: {
    /** A path through the flow graph from a `from` effect to a `to` effect (one effect may be both). */
    flow: { type: 'object', additionalProperties: false, required: ['from', 'to'], properties: { from: effectPattern, to: effectPattern } },
    /** One effect. */
    effect: effectPattern,
    /** Each of these must also occur somewhere in the target (co-occurrence, any file). */
    with: { type: 'array', minItems: 1, items: effectPattern },
    /** At least this many distinct effects matching `effect` (aggregates a pattern, e.g. several safety overrides). */
    minCount: { type: 'integer', minimum: 1 },
    /** None of these anywhere in the target. */
    without: { type: 'array', minItems: 1, items: effectPattern },
  },
} as const;
const effectCondition = { type: 'object', additionalProperties: false, required: ['severity'], properties: { severity, with: { type: 'array', minItems: 1, items: effectPattern }, reach: valueSet } } as const;

/** Pipeline stages that emit findings themselves (no signals): their rule files carry metadata only. */
export const EMITTING_STAGES = ['unpack', 'tree', 'install', 'skills', 'policy', 'emulate'] as const;

export const RULE_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'title', 'description', 'severity', 'specificity', 'appliesTo', 'remediation', 'references'],
  // A rule either matches signals (`match`) or documents a finding a pipeline stage emits (`emittedBy`), never both.
  oneOf: [
    { required: ['match'], not: { anyOf: [{ required: ['emittedBy'] }, { required: ['effects'] }] }, properties: { id: { pattern: '^(capability|threat|skill|package)-' } } },
    { required: ['effects'], not: { anyOf: [{ required: ['emittedBy'] }, { required: ['match'] }, { required: ['escalate'] }, { required: ['downgrade'] }] }, properties: { id: { pattern: '^behaviour-' } } },
    { required: ['emittedBy'], not: { anyOf: [{ required: ['match'] }, { required: ['effects'] }, { required: ['escalate'] }, { required: ['downgrade'] }] } },
  ],
  properties: {
    id: { type: 'string', pattern: '^((behaviour|capability|threat|skill|package|tarball|tree|lifecycle|update)-[a-z0-9]+(-[a-z0-9]+)*|clawguard(\\.[a-z0-9]+(-[a-z0-9]+)*)+)$' },
    emittedBy: { enum: EMITTING_STAGES },
    title: { type: 'string', minLength: 5 },
    description: { type: 'string', minLength: 20 },
    severity,
    specificity: { enum: ['low', 'medium', 'high'] },
    appliesTo: { type: 'array', minItems: 1, uniqueItems: true, items: { enum: ['package', 'skill'] } },
    remediation: { type: 'string', minLength: 10 },
    references: { type: 'array', items: { type: 'string', minLength: 3 } },
    message: { type: 'string' },
    match: {
      type: 'object',
      additionalProperties: false,
      required: ['scope'],
      anyOf: [{ required: ['all'] }, { required: ['any'] }],
      properties: {
        scope: { enum: ['file', 'package', 'install'] },
        all: refList,
        any: refList,
        none: refList,
        kinds: { type: 'array', minItems: 1, items: { enum: ['js', 'types', 'shell', 'script', 'skill', 'doc', 'manifest', 'data', 'binary'] } },
        aggregate: { type: 'boolean' },
        within: { type: 'integer', minimum: 0 },
      },
    },
    escalate: { type: 'array', items: condition },
    downgrade: { type: 'array', items: condition },
    /** Behaviour rules (`behaviour-*`): a predicate over effects and flows. */
    effects: effectsMatch,
    /** Behaviour rules: severity changes by co-occurring effects or by when the behaviour runs (the last match wins). */
    adjust: { type: 'array', items: effectCondition },
  },
} as const;
