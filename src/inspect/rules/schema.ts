/** JSON Schema for rules/*.yaml, checked with ajv at load: a broken rule must never silently match nothing. */
const refList = { type: 'array', minItems: 1, items: { type: 'string', pattern: '^[a-z0-9-]+(\\.[a-z0-9-]+)*(\\.\\*)?(@(decoded|install))?$' } } as const;
const severity = { enum: ['info', 'low', 'medium', 'high', 'critical'] } as const;
const condition = { type: 'object', additionalProperties: false, properties: { all: refList, any: refList, severity }, required: ['severity'], anyOf: [{ required: ['all'] }, { required: ['any'] }] } as const;

/** Pipeline stages that emit findings themselves (no signals): their rule files carry metadata only. */
export const EMITTING_STAGES = ['unpack', 'tree', 'install', 'skills', 'policy'] as const;

export const RULE_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'title', 'description', 'severity', 'specificity', 'appliesTo', 'remediation', 'references'],
  // A rule either matches signals (`match`) or documents a finding a pipeline stage emits (`emittedBy`), never both.
  oneOf: [
    { required: ['match'], not: { required: ['emittedBy'] }, properties: { id: { pattern: '^(capability|threat|skill|package)-' } } },
    { required: ['emittedBy'], not: { anyOf: [{ required: ['match'] }, { required: ['escalate'] }, { required: ['downgrade'] }] } },
  ],
  properties: {
    id: { type: 'string', pattern: '^((capability|threat|skill|package|tarball|tree|lifecycle|update)-[a-z0-9]+(-[a-z0-9]+)*|clawguard(\\.[a-z0-9]+(-[a-z0-9]+)*)+)$' },
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
  },
} as const;
