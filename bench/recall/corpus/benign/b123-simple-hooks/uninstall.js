#!/usr/bin/env node
'use strict';
const { getProjectRootDirectoryFromNodeModules, removeHooks } = require('./simple-hooks');

const projectDirectory = getProjectRootDirectoryFromNodeModules(process.cwd()) || process.env.INIT_CWD || process.cwd();
try { removeHooks(projectDirectory); } catch (e) { console.log('[ERROR]', e); }
