rule JS_Decode_Then_Eval
{
    meta:
        description = "JavaScript that decodes base64/hex and evaluates it"
    strings:
        $e1 = /eval\s*\(\s*(atob|Buffer\.from)\s*\(/
        $e2 = /new\s+Function\s*\([^)]*\)\s*\(\s*require/
        $e3 = "runInNewContext" ascii
        $e4 = "data:text/javascript;base64," ascii
        $d1 = "'base64')" ascii
        $d2 = "'hex')" ascii
    condition:
        (any of ($e*)) and (any of ($d*))
}

rule JS_StringArray_Obfuscator
{
    meta:
        description = "javascript-obfuscator string array with rotation"
    strings:
        $a = /var _0x[0-9a-f]{4,6}=\[('[A-Za-z0-9+\/=]*',){20,}/
        $r = "['push'](_0x" ascii
        $s = "['shift']()" ascii
    condition:
        $a and $r and $s
}

rule PNG_Trailing_Data
{
    meta:
        description = "PNG with more than 16 bytes after IEND"
    strings:
        $iend = { 49 45 4E 44 AE 42 60 82 }
    condition:
        uint32be(0) == 0x89504E47 and
        for any i in (1..#iend) : ( @iend[i] + 8 + 16 < filesize )
}

rule Invisible_Unicode_Run
{
    meta:
        description = "Long run of zero-width characters (steganography)"
    strings:
        $zw = /(\xE2\x80[\x8B\x8C\x8D]){64,}/
    condition:
        $zw
}

rule Shell_Base64_Eval
{
    strings:
        $a = /eval\s+"\$\((echo|printf)[^)]*\|\s*base64\s+-d/
        $b = /sh\s+-c\s+"\$\(printf\s+'(\\[0-7]{3}){10,}/
    condition:
        any of them
}

rule PowerShell_Encoded_Launch
{
    strings:
        $a = "-EncodedCommand" ascii wide nocase
        $b = "-join ([char[]]" ascii nocase
        $c = "DownloadString" ascii nocase
    condition:
        2 of them
}
