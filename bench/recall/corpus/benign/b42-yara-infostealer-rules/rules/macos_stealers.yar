/*
  macOS infostealer signatures.
  Strings below are indicators observed in public reporting; they are matched, never executed.
*/
import "math"

rule MacOS_Stealer_Osascript_Password_Prompt
{
    meta:
        family = "AMOS-like"
        severity = "critical"
        description = "Fake system dialog asking for the login password via osascript, then dscl validation"
        reference = "public vendor reporting 2024-2026"
    strings:
        $dlg1 = "display dialog" ascii nocase
        $dlg2 = "with hidden answer" ascii nocase
        $dlg3 = "System Preferences" ascii
        $dscl = "dscl . authonly" ascii
        $kc   = "login.keychain-db" ascii
    condition:
        filesize < 20MB and ($dlg1 and $dlg2) and ($dscl or $kc or $dlg3)
}

rule MacOS_Stealer_Browser_And_Wallet_Paths
{
    meta:
        family = "generic-macos-stealer"
        severity = "high"
    strings:
        $b1 = "Library/Application Support/Google/Chrome/Default/Login Data" ascii
        $b2 = "Library/Application Support/BraveSoftware/Brave-Browser" ascii
        $b3 = "Library/Application Support/Firefox/Profiles" ascii
        $c1 = "Cookies" ascii
        $w1 = "nkbihfbeogaeaoehlefnkodbefgpgknn" ascii   // MetaMask extension id
        $w2 = "bfnaelmomeimhlpmgjnjophhpkkoljpa" ascii   // Phantom extension id
        $w3 = "Library/Application Support/Exodus/exodus.wallet" ascii
        $z  = "ditto -c -k --sequesterRsrc" ascii
    condition:
        filesize < 20MB and 2 of ($b*) and (1 of ($w*) or ($c1 and $z))
}

rule MacOS_Stealer_Exfil_Archive_Post
{
    meta:
        family = "generic-macos-stealer"
        severity = "high"
    strings:
        $zip  = /\/tmp\/[A-Za-z0-9]{4,12}\.zip/ ascii
        $curl = /curl\s+-(X\s*POST|F)\s/ ascii
        $ssh  = ".ssh/id_" ascii
    condition:
        all of them
}
