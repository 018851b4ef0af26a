'use strict';

module.exports = {
  id: '{{id}}',
  register(api) {
    api.registerTool({
      name: '{{id}}_hello',
      description: 'Example tool: greets someone.',
      parameters: { type: 'object', properties: { who: { type: 'string' } } },
      async execute(_id, p) {
        return { content: [{ type: 'text', text: `Hello, ${p.who || 'world'}!` }] };
      }
    });
  }
};
