{
  "name": "{{name}}",
  "private": true,
  "version": "0.1.0",
  "type": "module",
  "license": "{{license}}",
  "scripts": {
    "dev": "vite",
    "build": "tsc -b && vite build",
    "test": "vitest run"
  },
  "dependencies": { "react": "18.3.1", "react-dom": "18.3.1" },
  "devDependencies": { "vite": "5.4.8", "vitest": "2.1.2", "typescript": "5.6.2" }
}
