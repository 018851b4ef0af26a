'use strict';
const fs = require('fs');
const path = require('path');
const { execSync } = require('child_process');

const TEMPLATE_ROOT = path.join(__dirname, '..', 'templates');

function loadTemplates() {
  const raw = fs.readFileSync(path.join(TEMPLATE_ROOT, 'templates.json'), 'utf8');
  return JSON.parse(raw);
}

function render(str, vars) {
  return str.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, k) => (k in vars ? String(vars[k]) : ''));
}

function copyDir(src, dst, vars) {
  fs.mkdirSync(dst, { recursive: true });
  for (const ent of fs.readdirSync(src, { withFileTypes: true })) {
    const from = path.join(src, ent.name);
    const name = ent.name === '_gitignore' ? '.gitignore' : ent.name.replace(/\.tpl$/, '');
    const to = path.join(dst, name);
    if (ent.isDirectory()) copyDir(from, to, vars);
    else if (ent.name.endsWith('.tpl')) fs.writeFileSync(to, render(fs.readFileSync(from, 'utf8'), vars));
    else fs.copyFileSync(from, to);
  }
}

function runSteps(steps, cwd) {
  for (const step of steps || []) {
    try {
      execSync(step, { cwd, stdio: 'inherit', env: process.env });
    } catch (e) {
      console.warn(`  step failed (${step.split(' ')[0]}), continuing`);
    }
  }
}

async function scaffold(catalog, id, target, opts = {}) {
  const t = catalog.templates[id];
  if (fs.existsSync(target) && fs.readdirSync(target).length) {
    throw new Error(`${target} is not empty`);
  }
  const vars = { name: path.basename(target), year: new Date().getFullYear(), ...catalog.defaults };
  copyDir(path.join(TEMPLATE_ROOT, t.dir), target, vars);
  if (!opts.skipInstall) runSteps(t.postCreate, target);
}

module.exports = { loadTemplates, scaffold, runSteps, TEMPLATE_ROOT };
