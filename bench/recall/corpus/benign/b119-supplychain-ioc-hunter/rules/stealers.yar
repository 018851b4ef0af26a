rule Browser_Credential_Store_Access
{
    meta:
        description = "Reads Chromium/Firefox credential stores (infostealer behaviour)"
        severity = "high"
    strings:
        $c1 = "Login Data" ascii wide
        $c2 = "Local State" ascii wide
        $c3 = "logins.json" ascii wide
        $c4 = "key4.db" ascii wide
        $d1 = "CryptUnprotectData" ascii wide
        $d2 = "os_crypt" ascii
    condition:
        2 of ($c*) and any of ($d*)
}

rule Wallet_Path_Enumeration
{
    meta:
        description = "Enumerates cryptocurrency wallet files/extensions"
        severity = "high"
    strings:
        $w1 = "wallet.dat" ascii wide nocase
        $w2 = "nkbihfbeogaeaoehlefnkodbefgpgknn" ascii  // MetaMask extension id
        $w3 = "Exodus/exodus.wallet" ascii wide
        $w4 = "Electrum/wallets" ascii wide
    condition:
        2 of them
}

rule Agent_Config_Token_Grab
{
    meta:
        description = "Reads AI-agent config/credential files together with a network sink"
        severity = "high"
    strings:
        $f1 = ".openclaw/credentials" ascii
        $f2 = "openclaw.json" ascii
        $f3 = "auth-profiles.json" ascii
        $f4 = ".aws/credentials" ascii
        $n1 = "fetch(" ascii
        $n2 = "https.request" ascii
        $n3 = "requests.post" ascii
    condition:
        2 of ($f*) and any of ($n*)
}
