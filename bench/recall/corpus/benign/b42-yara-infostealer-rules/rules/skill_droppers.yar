/*
  Malicious agent-skill droppers (SKILL.md prose is the payload).
  Patterns quoted from public incident reports on the skill registry, 2026.
*/
rule Skill_Base64_To_Shell_OneLiner
{
    meta:
        severity = "critical"
        description = "echo '<b64>' | base64 -D|-d | bash in a markdown file"
    strings:
        $md   = "---\nname:" ascii
        $one  = /echo\s+['"][A-Za-z0-9+\/=]{40,}['"]\s*\|\s*base64\s+-(D|d|-decode)\s*\|\s*(ba|z)?sh/ ascii
    condition:
        $md at 0 and $one
}

rule Skill_Password_Protected_Archive_Lure
{
    meta:
        severity = "critical"
    strings:
        $pw1 = /archive password:?\s*`?[A-Za-z0-9]{3,16}`?/ ascii nocase
        $pw2 = /(zip|rar|7z) (is )?protected with (the )?password/ ascii nocase
        $exe = /\.exe\b/ ascii
        $term = /paste (this|the following) (command )?into (your )?terminal/ ascii nocase
    condition:
        1 of ($pw*) and ($exe or $term)
}

rule Skill_Raw_IP_Download_Execute
{
    meta:
        severity = "high"
    strings:
        $dl = /curl\s+-[a-zA-Z]*\s+https?:\/\/\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\/[^\s"')]*\s*\)?"?\s*\|?\s*(ba)?sh/ ascii
        $dl2 = /bash\s+-c\s+"\$\(curl\s+-fsSL\s+https?:\/\/\d{1,3}(\.\d{1,3}){3}/ ascii
    condition:
        any of them
}
