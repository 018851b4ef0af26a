import fs from 'node:fs';
import path from 'node:path';

const EXT = {
  '.ts': 'TypeScript', '.tsx': 'TypeScript', '.js': 'JavaScript', '.mjs': 'JavaScript', '.py': 'Python',
  '.go': 'Go', '.rs': 'Rust', '.java': 'Java', '.kt': 'Kotlin', '.rb': 'Ruby', '.php': 'PHP', '.cs': 'C#',
  '.c': 'C', '.h': 'C', '.cpp': 'C++', '.swift': 'Swift', '.md': 'Markdown', '.css': 'CSS', '.html': 'HTML',
};
const SKIP = new Set(['.git', 'node_modules', 'dist', 'build', 'target', '.venv', '__pycache__']);

export const languageOf = (f) => EXT[path.extname(f).toLowerCase()];

export function* walk(root, max) {
  const stack = [root];
  let n = 0;
  while (stack.length && n < max) {
    const d = stack.pop();
    let ents = [];
    try { ents = fs.readdirSync(d, { withFileTypes: true }); } catch { continue; }
    for (const e of ents) {
      if (SKIP.has(e.name)) continue;
      const p = path.join(d, e.name);
      if (e.isDirectory()) stack.push(p);
      else if (e.isFile()) { n++; yield p; }
    }
  }
}
