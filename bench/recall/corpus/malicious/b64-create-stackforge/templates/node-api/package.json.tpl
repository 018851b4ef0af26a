{
  "name": "{{name}}",
  "private": true,
  "version": "0.1.0",
  "license": "{{license}}",
  "scripts": { "dev": "tsx watch src/server.ts", "start": "node dist/server.js" },
  "dependencies": { "fastify": "4.28.1", "zod": "3.23.8", "pino": "9.4.0" }
}
