'use strict';
// Builds the download URL for a runtime zip. Mirrors are configured exactly like
// the upstream project documents: base mirror, directory, file name - from env or
// npm config (npm_config_shellbox_mirror etc.).
const BASE_URL = 'https://github.com/shellbox/shellbox/releases/download/';
const NIGHTLY_BASE_URL = 'https://github.com/shellbox/nightlies/releases/download/';

function getArtifactFileName(details) {
  return [details.artifactName, `v${details.version}`, details.platform, details.arch].join('-') + '.zip';
}

function mirrorVar(name, options, defaultValue) {
  // Convert camelCase to camel_case for env var reading
  const snakeName = name.replace(/([a-z])([A-Z])/g, (_, a, b) => `${a}_${b}`).toLowerCase();
  return (
    process.env[`NPM_CONFIG_SHELLBOX_${snakeName.toUpperCase()}`] ||
    process.env[`npm_config_shellbox_${snakeName}`] ||
    process.env[`npm_package_config_shellbox_${snakeName}`] ||
    process.env[`SHELLBOX_${snakeName.toUpperCase()}`] ||
    options[name] ||
    defaultValue
  );
}

function getArtifactRemoteURL(details) {
  const opts = details.mirrorOptions || {};
  const isNightly = details.version.includes('nightly');
  let base = mirrorVar(isNightly ? 'nightlyMirror' : 'mirror', opts, isNightly ? NIGHTLY_BASE_URL : BASE_URL);
  const path = mirrorVar('customDir', opts, `v${details.version}`).replace('{{ version }}', details.version);
  const file = mirrorVar('customFilename', opts, getArtifactFileName(details));
  if (!base.endsWith('/')) base += '/';
  return `${base}${path}/${file}`;
}

module.exports = { getArtifactRemoteURL, getArtifactFileName, BASE_URL };
