rule STEALER_Lumma_Strings
{
    meta:
        description = "Lumma stealer config/string artefacts"
        family = "lumma"
    strings:
        $s1 = "LummaC2 Build" ascii wide
        $s2 = "/c2sock" ascii
        $s3 = "lid=%s&j=%s&ver=" ascii
    condition:
        uint16(0) == 0x5A4D and 2 of them
}

rule STEALER_AMOS_macOS
{
    meta:
        description = "Atomic macOS Stealer AppleScript prompt and staging"
        family = "amos"
    strings:
        $p = "with hidden answer" ascii
        $d = "dscl /Local/Default -authonly" ascii
        $z = "ditto -c -k --sequesterRsrc --keepParent" ascii
    condition:
        2 of them
}
