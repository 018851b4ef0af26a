rule WEBSHELL_PHP_Generic_Eval
{
    meta:
        description = "PHP webshell evaluating request parameters"
        family = "generic"
    strings:
        $a = /eval\s*\(\s*\$_(POST|GET|REQUEST|COOKIE)\[/ nocase
        $b = /assert\s*\(\s*\$_(POST|GET|REQUEST)\[/ nocase
        $c = "base64_decode($_POST" nocase
    condition:
        filesize < 200KB and any of them
}

rule WEBSHELL_JSP_Cmd
{
    meta:
        description = "JSP command shell"
    strings:
        $r = "Runtime.getRuntime().exec(request.getParameter(" ascii
    condition:
        $r
}
