#!/usr/bin/env node
'use strict';
// Runs in the consuming project after `npm install`. Only acts when the project
// lists simple-hooks in its own (dev)dependencies and has a config for it.
const { checkSimpleHooksInDependencies, getProjectRootDirectoryFromNodeModules, setHooksFromConfig } = require('./simple-hooks');

function postinstall() {
  if (['1', 'true'].includes(process.env.SKIP_INSTALL_SIMPLE_HOOKS)) {
    console.log('[INFO] SKIP_INSTALL_SIMPLE_HOOKS is set, skipping installation of git hooks.');
    return;
  }
  let projectDirectory = process.env.INIT_CWD;
  const parsed = getProjectRootDirectoryFromNodeModules(process.cwd());
  if (parsed !== undefined) projectDirectory = parsed;
  if (!projectDirectory) projectDirectory = process.cwd();

  if (checkSimpleHooksInDependencies(projectDirectory)) {
    try {
      setHooksFromConfig(projectDirectory);
    } catch (err) {
      console.log('[ERROR] Was not able to set git hooks. Error: ' + err);
    }
  }
}

postinstall();
