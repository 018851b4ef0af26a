'use strict';
const fs = require('fs');
const path = require('path');
const { spawn } = require('child_process');

function readJson(p) { return JSON.parse(fs.readFileSync(p, 'utf8')); }

async function discover(root) {
	const rootPkg = readJson(path.join(root, 'package.json'));
	const patterns = rootPkg.workspaces || ['packages/*'];
	const projects = {};
	for (const pattern of patterns) {
		const base = pattern.replace(/\/\*$/, '');
		const dir = path.join(root, base);
		if (!fs.existsSync(dir)) continue;
		for (const name of fs.readdirSync(dir)) {
			const pj = path.join(dir, name, 'package.json');
			if (fs.existsSync(pj)) {
				const pkg = readJson(pj);
				projects[pkg.name] = { name: pkg.name, root: path.join(base, name), scripts: pkg.scripts || {}, deps: Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }) };
			}
		}
	}
	return projects;
}

async function graph(root) {
	const projects = await discover(root);
	const edges = {};
	for (const p of Object.values(projects)) edges[p.name] = p.deps.filter((d) => d in projects);
	return { nodes: Object.keys(projects), edges };
}

function topo(g) {
	const seen = new Set(), order = [];
	const visit = (n) => { if (seen.has(n)) return; seen.add(n); (g.edges[n] || []).forEach(visit); order.push(n); };
	g.nodes.forEach(visit);
	return order;
}

async function run(root, target, only) {
	const projects = await discover(root);
	const order = topo(await graph(root)).filter((n) => !only.length || only.includes(n));
	for (const name of order) {
		const p = projects[name];
		if (!p.scripts[target]) continue;
		process.stdout.write(`> ${name}:${target}\n`);
		const code = await new Promise((res) => spawn('npm', ['run', target], { cwd: path.join(root, p.root), stdio: 'inherit' }).on('close', res));
		if (code !== 0) return code;
	}
	return 0;
}

module.exports = { discover, graph, run };
