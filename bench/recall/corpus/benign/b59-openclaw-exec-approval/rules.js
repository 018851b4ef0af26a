export const RULES = [
  { id: 'pipe-to-shell', re: /\b(curl|wget|iwr|Invoke-WebRequest)\b[^\n|]*\|\s*(sudo\s+)?(ba|z|da|k)?sh\b/i, why: 'downloads a script and pipes it into a shell' },
  { id: 'iex-download', re: /\b(IEX|Invoke-Expression)\b.*\b(DownloadString|iwr|Invoke-WebRequest)\b/i, why: 'PowerShell download-and-execute' },
  { id: 'b64-exec', re: /base64\s+(-d|--decode|-D)\b.*\|\s*(ba|z)?sh|-EncodedCommand\s+\S{20,}/i, why: 'executes base64-decoded content' },
  { id: 'cred-read', re: /(~|\$HOME|\/home\/\w+|\/Users\/\w+)\/(\.ssh\/id_|\.aws\/credentials|\.npmrc|\.git-credentials|\.docker\/config\.json|\.openclaw\/(openclaw\.json|credentials))/i, why: 'reads a credential file' },
  { id: 'cred-send', re: /(--data(-binary)?|-d|-F|-T)\s+@?\S*(\.ssh|\.aws|\.npmrc|credentials|\.env)\b/i, why: 'uploads a credential-looking file' },
  { id: 'preload', re: /\b(LD_PRELOAD|DYLD_INSERT_LIBRARIES)=/, why: 'dynamic linker preload' },
  { id: 'persistence-rc', re: />>\s*~?\/?[\w/.$]*\.(bashrc|zshrc|zshenv|profile|bash_profile)\b/, why: 'appends to a shell startup file' },
  { id: 'persistence-cron', re: /\bcrontab\s+(-\s*$|-l\s*\|)|\/etc\/cron\.|LaunchAgents\/|systemctl\s+--user\s+enable/i, why: 'installs a scheduled / login item' },
  { id: 'hooks-path', re: /git\s+config\s+--global\s+core\.hooksPath/, why: 'redirects git hooks for every repository' },
  { id: 'reverse-shell', re: /\bnc\b.*\s-e\s|\/dev\/tcp\/\d|bash\s+-i\s+>&|socat\s+.*exec:/i, why: 'reverse shell pattern' },
  { id: 'detach-quiet', re: /\bnohup\b.*>\s*\/dev\/null\s+2>&1\s*&|\bdisown\b/, why: 'detached background process with output discarded' },
  { id: 'npm-publish', re: /\bnpm\s+(publish|token\s+create|owner\s+add)\b/, why: 'publishes or changes npm ownership' }
];
