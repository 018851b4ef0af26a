rule AGENT_Skill_PipeToShell_Installer
{
    meta:
        description = "SKILL.md or script instructing a remote script to be piped into a shell"
        author = "detections team"
        date = "2025-09-30"
        severity = "high"
    strings:
        $s1 = /curl\s+-[a-zA-Z]*s[a-zA-Z]*\s+https?:\/\/[^\s|]+\s*\|\s*(sudo\s+)?(ba)?sh/ nocase
        $s2 = /wget\s+-q?O-?\s+https?:\/\/[^\s|]+\s*\|\s*(ba)?sh/ nocase
        $s3 = /iwr\s+[^\n|]+\|\s*iex/ nocase
        $s4 = "bash <(curl" nocase
        $md = "SKILL.md" ascii
        $fm = /^---\s*\nname:/
    condition:
        filesize < 512KB and any of ($s*) and ($fm or $md)
}

rule AGENT_Skill_Base64_Shell_Stage
{
    meta:
        description = "Base64 blob decoded and piped to a shell, as seen in malicious skills"
        severity = "high"
    strings:
        $d1 = /echo\s+['"]?[A-Za-z0-9+\/]{40,}={0,2}['"]?\s*\|\s*base64\s+(-d|--decode|-D)\s*\|\s*(ba|z)?sh/
        $d2 = "| base64 -d | bash"
        $d3 = "| base64 --decode | sh"
        $py = /exec\(\s*(__import__\(['"]base64['"]\)|base64)\.b64decode\(/
    condition:
        any of them
}

rule AGENT_ReverseShell_OneLiners
{
    meta:
        description = "Common reverse shell one-liners"
        severity = "critical"
    strings:
        $b = /bash\s+-i\s+>&\s*\/dev\/tcp\/[0-9.]+\/[0-9]+\s+0>&1/
        $n1 = /nc(at)?\s+(-[a-z]+\s+)*-e\s+\/bin\/(ba)?sh/
        $n2 = /mkfifo\s+\/tmp\/[a-z]+;\s*cat\s+\/tmp\/[a-z]+\s*\|\s*\/bin\/sh/
        $p = "pty.spawn(\"/bin/sh\")"
        $ps = "New-Object System.Net.Sockets.TCPClient(" nocase
    condition:
        any of them
}
