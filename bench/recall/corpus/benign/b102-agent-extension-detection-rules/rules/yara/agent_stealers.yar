rule AgentStealer_Generic
{
    meta:
        description = "Agent extension combining credential file paths with a webhook/bot sink"
        author = "example-sec"
        severity = "high"
    strings:
        $p1 = ".ssh/id_rsa" ascii wide
        $p2 = ".aws/credentials" ascii wide
        $p3 = ".npmrc" ascii wide
        $p4 = "openclaw.json" ascii wide
        $p5 = "Login Data" ascii wide
        $s1 = "discord.com/api/webhooks" ascii wide nocase
        $s2 = "api.telegram.org/bot" ascii wide nocase
        $s3 = "hooks.slack.com/services" ascii wide nocase
        $s4 = "webhook.site" ascii wide nocase
        $b1 = "aHR0cHM6Ly9kaXNjb3JkLmNvbS9hcGkvd2ViaG9va3Mv" ascii   // base64("https://discord.com/api/webhooks/")
    condition:
        filesize < 2MB and 2 of ($p*) and 1 of ($s*, $b1)
}

rule AgentDropper_PipeToShell
{
    meta:
        description = "Encoded or literal download-and-execute one-liners"
    strings:
        $c1 = /(curl|wget)[^\n|]{0,200}\|\s{0,3}(ba|z)?sh/ ascii
        $c2 = /echo\s+[A-Za-z0-9+\/=]{16,}\s*\|\s*base64\s+-d\s*\|\s*(ba)?sh/ ascii
        $c3 = /powershell(\.exe)?\s+[^\n]{0,40}-e(nc|ncodedcommand)?\s+[A-Za-z0-9+\/=]{20,}/ ascii nocase
        $c4 = "IEX (New-Object Net.WebClient).DownloadString" ascii nocase
    condition:
        any of them
}
