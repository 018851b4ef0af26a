'use strict';

const fs = require('fs');
const crypto = require('crypto');

function escGithubData(s) {
  return String(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escGithubProp(s) {
  return escGithubData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function escTeamcity(s) {
  return String(s).replace(/\|/g, '||').replace(/'/g, "|'").replace(/\n/g, '|n').replace(/\r/g, '|r').replace(/\[/g, '|[').replace(/\]/g, '|]');
}

const SEV = { error: 'error', warning: 'warning', warn: 'warning', info: 'notice', notice: 'notice' };

function github(out) {
  return {
    report(f) {
      const kind = SEV[f.severity] || 'warning';
      const props = [`file=${escGithubProp(f.file)}`];
      if (f.line) props.push(`line=${f.line}`);
      if (f.col) props.push(`col=${f.col}`);
      if (f.rule) props.push(`title=${escGithubProp(f.rule)}`);
      out.write(`::${kind} ${props.join(',')}::${escGithubData(f.message)}\n`);
    },
    group(name, fn) { out.write(`::group::${name}\n`); try { return fn(); } finally { out.write('::endgroup::\n'); } },
    end(summary) {
      if (summary && process.env.GITHUB_STEP_SUMMARY) fs.appendFileSync(process.env.GITHUB_STEP_SUMMARY, summary + '\n');
    }
  };
}

function gitlab(out) {
  const issues = [];
  return {
    report(f) {
      issues.push({
        description: f.message,
        check_name: f.rule || 'finding',
        fingerprint: crypto.createHash('md5').update(`${f.file}:${f.line}:${f.rule}:${f.message}`).digest('hex'),
        severity: f.severity === 'error' ? 'major' : f.severity === 'info' ? 'info' : 'minor',
        location: { path: f.file, lines: { begin: f.line || 1 } }
      });
      out.write(`${f.file}:${f.line || 1}: ${f.severity}: ${f.message}${f.rule ? ` [${f.rule}]` : ''}\n`);
    },
    group(name, fn) {
      const id = name.toLowerCase().replace(/[^a-z0-9]+/g, '_');
      const t = Math.floor(Date.now() / 1000);
      out.write(`\x1b[0Ksection_start:${t}:${id}[collapsed=true]\r\x1b[0K${name}\n`);
      try { return fn(); } finally { out.write(`\x1b[0Ksection_end:${Math.floor(Date.now() / 1000)}:${id}\r\x1b[0K\n`); }
    },
    end() {
      fs.writeFileSync(process.env.CI_REPORTER_GITLAB_FILE || 'gl-code-quality-report.json', JSON.stringify(issues, null, 2));
    }
  };
}

function azure(out) {
  return {
    report(f) {
      const type = f.severity === 'error' ? 'error' : 'warning';
      out.write(`##vso[task.logissue type=${type};sourcepath=${f.file};linenumber=${f.line || 1};columnnumber=${f.col || 1};code=${f.rule || ''}]${f.message}\n`);
    },
    group(name, fn) { out.write(`##[group]${name}\n`); try { return fn(); } finally { out.write('##[endgroup]\n'); } },
    end() {}
  };
}

function teamcity(out) {
  const seen = new Set();
  return {
    report(f) {
      const id = f.rule || 'finding';
      if (!seen.has(id)) {
        seen.add(id);
        out.write(`##teamcity[inspectionType id='${escTeamcity(id)}' name='${escTeamcity(id)}' category='lint' description='${escTeamcity(id)}']\n`);
      }
      out.write(`##teamcity[inspection typeId='${escTeamcity(id)}' message='${escTeamcity(f.message)}' file='${escTeamcity(f.file)}' line='${f.line || 1}' SEVERITY='${f.severity === 'error' ? 'ERROR' : 'WARNING'}']\n`);
    },
    group(name, fn) { out.write(`##teamcity[blockOpened name='${escTeamcity(name)}']\n`); try { return fn(); } finally { out.write(`##teamcity[blockClosed name='${escTeamcity(name)}']\n`); } },
    end() {}
  };
}

function plain(out, colour) {
  const c = (code, s) => (colour ? `\x1b[${code}m${s}\x1b[0m` : s);
  let errors = 0;
  let warnings = 0;
  return {
    report(f) {
      if (f.severity === 'error') errors++; else warnings++;
      const sev = f.severity === 'error' ? c(31, 'error') : c(33, f.severity || 'warning');
      out.write(`${c(4, f.file)}:${f.line || 1}:${f.col || 1}  ${sev}  ${f.message}  ${c(90, f.rule || '')}\n`);
    },
    group(name, fn) { out.write(c(1, name) + '\n'); return fn(); },
    end() { out.write(`\n${errors} error(s), ${warnings} warning(s)\n`); }
  };
}

module.exports = { github, gitlab, azure, teamcity, plain };
