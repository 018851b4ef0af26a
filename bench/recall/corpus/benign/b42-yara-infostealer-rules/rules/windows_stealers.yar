rule Win_Stealer_Chromium_Credential_Harvest
{
    meta:
        family = "Lumma/RedLine-like"
        severity = "high"
    strings:
        $p1 = "\\Google\\Chrome\\User Data\\Default\\Login Data" ascii wide nocase
        $p2 = "\\Microsoft\\Edge\\User Data\\Default\\Login Data" ascii wide nocase
        $k  = "os_crypt" ascii
        $k2 = "encrypted_key" ascii
        $api = "CryptUnprotectData" ascii
    condition:
        uint16(0) == 0x5A4D and 1 of ($p*) and ($k or $k2) and $api
}

rule Win_Stealer_Discord_Token_Grabber
{
    meta:
        family = "discord-grabber"
        severity = "high"
    strings:
        $ldb  = "\\discord\\Local Storage\\leveldb" ascii wide nocase
        $re   = /\[\\w-\]\{24\}\\\.\[\\w-\]\{6\}\\\.\[\\w-\]\{27\}/ ascii
        $hook = "discord.com/api/webhooks/" ascii wide
    condition:
        $ldb and ($re or $hook)
}

rule Win_Stealer_Wallet_Files
{
    meta:
        family = "generic-win-stealer"
        severity = "medium"
    strings:
        $w1 = "\\Ethereum\\keystore" ascii wide nocase
        $w2 = "\\Electrum\\wallets" ascii wide nocase
        $w3 = "wallet.dat" ascii wide
        $w4 = "\\Exodus\\exodus.wallet" ascii wide nocase
    condition:
        3 of them
}
