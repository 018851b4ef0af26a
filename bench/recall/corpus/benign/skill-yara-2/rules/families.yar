rule JS_Reverse_Shell {
  strings:
    $a = "new net.Socket()"
    $b = "spawn(\"/bin/sh\""
    $c = "client.pipe(sh.stdin)"
  condition: 2 of them
}
rule Miner_Stratum { strings: $s = "stratum+tcp://" $x = "xmrig" condition: any of them }
rule AMOS_Lure { strings: $p = "base64 -D | bash" $q = "xattr -c" condition: all of them }
