rule Credential_Path_Harvest
{
    meta:
        description = "Script enumerates several credential stores and contains a network sender"
        severity = "high"
    strings:
        $f1 = ".aws/credentials" ascii
        $f2 = ".ssh/id_" ascii
        $f3 = ".docker/config.json" ascii
        $f4 = ".kube/config" ascii
        $f5 = ".npmrc" ascii
        $f6 = "Login Data" ascii
        $f7 = ".config/gh/hosts.yml" ascii
        $n1 = "curl " ascii
        $n2 = "https.request" ascii
        $n3 = "requests.post" ascii
        $n4 = "fetch(" ascii
    condition:
        3 of ($f*) and any of ($n*)
}

rule Install_Script_Dropper
{
    meta:
        description = "Package lifecycle script that downloads and executes code"
        severity = "high"
    strings:
        $l1 = "\"postinstall\"" ascii
        $l2 = "\"preinstall\"" ascii
        $l3 = "cmdclass" ascii
        $d1 = /(curl|wget)[^\n|]{0,200}\|\s*(ba)?sh/ ascii
        $d2 = "child_process" ascii
        $d3 = "os.system(" ascii
    condition:
        any of ($l*) and any of ($d*)
}
