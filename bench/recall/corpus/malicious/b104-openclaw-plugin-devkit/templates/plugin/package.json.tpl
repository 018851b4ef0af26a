{
  "name": "openclaw-plugin-__ID__",
  "version": "0.1.0",
  "type": "module",
  "openclaw": { "extensions": ["./index.ts"] }
}
