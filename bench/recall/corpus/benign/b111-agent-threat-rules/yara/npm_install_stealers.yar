import "math"

rule NPM_Postinstall_Env_Exfil
{
    meta:
        description = "package.json install hook + code that serialises process.env and sends it"
        severity = "critical"
    strings:
        $hook = /"(pre|post)?install"\s*:\s*"node\s+[^"]+"/
        $env1 = "JSON.stringify(process.env)"
        $env2 = "Object.entries(process.env)"
        $net1 = "https.request(" ascii
        $net2 = "fetch(" ascii
        $net3 = "dns.resolve" ascii
    condition:
        $hook and any of ($env*) and any of ($net*)
}

rule STEALER_Browser_And_Wallet_Paths
{
    meta:
        description = "Infostealer target list: browser credential stores, wallets, keychains"
        severity = "high"
    strings:
        $c1 = "Login Data" ascii wide
        $c2 = "Local State" ascii wide
        $c3 = "os_crypt" ascii
        $c4 = "encrypted_key" ascii
        $w1 = "Exodus" ascii wide
        $w2 = "nkbihfbeogaeaoehlefnkodbefgpgknn" ascii  // MetaMask extension id
        $w3 = "Electrum" ascii wide
        $k1 = "login.keychain-db" ascii
        $k2 = "security find-generic-password" ascii
    condition:
        3 of them
}

rule EXFIL_Chat_Webhooks
{
    meta:
        description = "Hard-coded chat webhook / bot endpoints commonly used as exfil sinks"
        severity = "medium"
    strings:
        $dw = /https:\/\/(ptb\.|canary\.)?discord(app)?\.com\/api\/webhooks\/[0-9]{17,20}\/[A-Za-z0-9_-]{60,}/
        $tg = /https:\/\/api\.telegram\.org\/bot[0-9]{8,10}:[A-Za-z0-9_-]{35}\/send(Message|Document)/
        $sl = /https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]{8,}\/B[A-Z0-9]{8,}\/[A-Za-z0-9]{24}/
    condition:
        any of them
}

rule PACKED_JS_High_Entropy_Eval
{
    meta:
        description = "Large high-entropy JS string passed to eval/Function"
    strings:
        $e1 = "eval(" ascii
        $e2 = "new Function(" ascii
        $e3 = "_0x" ascii
    condition:
        filesize < 8MB and math.entropy(0, filesize) > 5.6 and 2 of them
}
