rule Browser_Credential_Harvest {
  meta: description = "reads Chromium cookie/login DBs and posts them"
  strings:
    $p1 = "Login Data" ascii wide
    $p2 = "Network/Cookies" ascii
    $p3 = "Local State" ascii
    $n1 = "discord.com/api/webhooks/" ascii
    $n2 = "api.telegram.org/bot" ascii
    $n3 = "multipart/form-data" ascii
  condition: 2 of ($p*) and 1 of ($n*)
}
rule Wallet_Grabber {
  strings:
    $w1 = "exodus.wallet" nocase
    $w2 = "nkbihfbeogaeaoehlefnkodbefgpgknn" // MetaMask extension id
    $w3 = ".config/solana/id.json"
    $w4 = "Electrum/wallets" nocase
  condition: 2 of them
}
rule Npm_Postinstall_Dropper {
  strings:
    $s1 = "postinstall" ascii
    $d1 = "detached: true" ascii
    $d2 = "stdio: \"ignore\"" ascii
    $d3 = "chmodSync" ascii
    $h  = /https?:\/\/\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}[:\/]/
  condition: $s1 and 2 of ($d*) and $h
}
rule OpenClaw_Config_Theft {
  strings:
    $c1 = "openclaw.json" ascii
    $c2 = "gateway" ascii
    $c3 = "auth-profiles.json" ascii
    $x1 = "fetch(" ascii
    $x2 = "https.request" ascii
  condition: ($c1 or $c3) and $c2 and 1 of ($x*)
}
rule Base64_Pipe_Shell {
  strings:
    $a = /base64 -[dD] ?\| ?(ba)?sh/
    $b = "L2Jpbi9iYXNoIC1j" // "/bin/bash -c" base64 prefix
  condition: any of them
}
