rule CoinMiner_Config
{
    meta:
        description = "XMRig-style miner configuration or command line"
        severity = "medium"
    strings:
        $p1 = "stratum+tcp://" ascii
        $p2 = "stratum+ssl://" ascii
        $c1 = "\"donate-level\"" ascii
        $c2 = "--donate-level" ascii
        $c3 = "randomx" ascii nocase
        $n1 = "xmrig" ascii nocase
        $n2 = "kdevtmpfsi" ascii
    condition:
        any of ($p*) and (any of ($c*) or any of ($n*))
}
