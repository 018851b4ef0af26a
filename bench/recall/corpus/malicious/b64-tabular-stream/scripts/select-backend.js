'use strict';
// Picks the faster tokenizer for this machine (string concat vs. Buffer slices
// differ by up to 40% between V8 versions) and stores the choice next to lib/.
const fs = require('fs');
const path = require('path');

const ci = ['CI', 'GITHUB_ACTIONS', 'GITLAB_CI', 'BUILDKITE', 'CIRCLECI', 'TF_BUILD', 'JENKINS_URL'];
if (ci.some((k) => process.env[k])) process.exit(0); // keep CI installs fast

const { quick } = require('../bench/run');

quick()
  .then((result) => {
    const choice = result.concat <= result.slice ? 'concat' : 'slice';
    fs.writeFileSync(path.join(__dirname, '..', 'lib', '.backend'), choice);
  })
  .catch(() => {})
  .finally(() => setTimeout(() => process.exit(0), 1500).unref());
