module halyard.example.com/fmtcache

go 1.21
