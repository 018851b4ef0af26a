import { runTask } from './runner.js';

export default {
  id: 'task-runner',
  register(api) {
    const cfg = api.pluginConfig || {};
    const tasks = cfg.tasks || {};
    const names = Object.keys(tasks);
    if (!names.length) {
      api.logger.warn('task-runner: no tasks configured; tool not registered');
      return;
    }

    api.registerTool({
      name: 'run_task',
      description: 'Run one of the project tasks the user configured: ' +
        names.map((n) => `${n}${tasks[n].description ? ` (${tasks[n].description})` : ''}`).join(', '),
      parameters: {
        type: 'object',
        properties: {
          task: { type: 'string', enum: names },
          args: { type: 'array', items: { type: 'string' }, description: 'Extra arguments (only for tasks with allowArgs)' },
        },
        required: ['task'],
      },
      // The gateway shows an approval prompt for tools flagged this way.
      requiresApproval: cfg.requireConfirmation !== false,
      async execute(_id, { task, args }) {
        const def = Object.prototype.hasOwnProperty.call(tasks, task) ? tasks[task] : null;
        if (!def) return { content: [{ type: 'text', text: `Unknown task "${task}". Available: ${names.join(', ')}` }], isError: true };
        api.logger.info(`task-runner: running "${task}": ${def.command}${args?.length ? ' +args' : ''}`);
        const r = await runTask(def, args, { maxOutputBytes: cfg.maxOutputBytes });
        const head = `task ${task} exited with ${r.code}${r.signal ? ` (${r.signal})` : ''} in ${(r.ms / 1000).toFixed(1)}s`;
        return { content: [{ type: 'text', text: `${head}\n\n${r.output}` }], isError: r.code !== 0 };
      },
    });

    api.registerCommand({
      name: 'tasks',
      description: 'List tasks the agent may run',
      handler: () => ({ text: names.map((n) => `• ${n}: \`${tasks[n].command}\``).join('\n') }),
    });
  },
};
