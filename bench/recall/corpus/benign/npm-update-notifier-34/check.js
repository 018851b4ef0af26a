const { name } = JSON.parse(process.argv[2]);
fetch(`https://registry.npmjs.org/${encodeURIComponent(name)}/latest`).then((r) => r.json()).then((j) => require('fs').writeFileSync(require('os').tmpdir() + `/update-${name}.json`, JSON.stringify({ latest: j.version })));
