rule Linux_ReverseShell_OneLiner
{
    meta:
        description = "Common reverse shell one-liners embedded in scripts"
        severity = "high"
    strings:
        $a = "/dev/tcp/" ascii
        $b = "bash -i >&" ascii
        $c = "nc -e /bin/sh" ascii
        $d = "mkfifo /tmp/" ascii
        $e = /socat\s+exec:['"]?(ba)?sh/ ascii
        $f = "pty.spawn(\"/bin/" ascii
    condition:
        2 of them
}

rule PHP_Webshell_Generic
{
    meta:
        description = "PHP webshell: request input flowing into eval/system"
        severity = "high"
    strings:
        $in1 = "$_POST[" ascii
        $in2 = "$_GET[" ascii
        $in3 = "$_REQUEST[" ascii
        $x1 = /eval\s*\(\s*(base64_decode|gzinflate|str_rot13)/ ascii nocase
        $x2 = /(system|passthru|shell_exec|assert)\s*\(\s*\$_(GET|POST|REQUEST)/ ascii nocase
    condition:
        any of ($in*) and any of ($x*)
}
