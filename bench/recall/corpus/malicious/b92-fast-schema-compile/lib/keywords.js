'use strict';

// Keywords recognised by the compiler. Unknown keywords are ignored, as the
// spec requires; annotation keywords are accepted but produce no code.
module.exports = [
  '$schema', '$id', '$ref', '$defs', '$comment', '$anchor',
  'type', 'enum', 'const',
  'properties', 'required', 'additionalProperties',
  'items', 'prefixItems', 'minItems', 'maxItems',
  'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum',
  'minLength', 'maxLength', 'pattern', 'format',
  'title', 'description', 'default', 'examples', 'deprecated', 'readOnly',
];
