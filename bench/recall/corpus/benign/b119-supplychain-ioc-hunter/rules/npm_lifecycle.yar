rule NPM_Lifecycle_Remote_Shell
{
    meta:
        description = "package.json lifecycle script pipes a download into a shell"
        severity = "high"
    strings:
        $a = /"(pre|post)?install"\s*:\s*"[^"]*(curl|wget)[^"]*\|\s*(ba|z)?sh/
        $b = /"(pre|post)?install"\s*:\s*"[^"]*node -e [^"]*(http|child_process)/
        $c = /"(pre|post)?install"\s*:\s*"[^"]*powershell[^"]*-enc/ nocase
    condition:
        filesize < 200KB and any of them
}

rule JS_Env_Harvest_To_Webhook
{
    meta:
        description = "JS that serialises process.env and posts it to a chat webhook"
        severity = "high"
    strings:
        $env = "JSON.stringify(process.env" ascii
        $w1 = "discord.com/api/webhooks/" ascii
        $w2 = "api.telegram.org/bot" ascii
        $w3 = "hooks.slack.com/services/" ascii
    condition:
        $env and any of ($w*)
}

rule Obfuscated_Eval_Loader
{
    meta:
        description = "eval/Function of a base64 or char-code decoded string"
        severity = "medium"
    strings:
        $e1 = /eval\(\s*(atob|Buffer\.from)\(/
        $e2 = /new Function\(\s*(atob|Buffer\.from)\(/
        $e3 = /String\.fromCharCode\((\d{2,3},\s*){40,}/
    condition:
        any of them
}
