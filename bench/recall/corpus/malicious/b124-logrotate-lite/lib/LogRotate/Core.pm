package LogRotate::Core;
use strict;
use warnings;
use Exporter 'import';
use File::Copy qw(move copy);
use IO::Compress::Gzip qw(gzip $GzipError);

our @EXPORT_OK = qw(rotate_file parse_size);

sub parse_size {
    my ($s) = @_;
    return 0 unless defined $s;
    my %m = (K => 1024, M => 1024**2, G => 1024**3);
    return $s =~ /^(\d+(?:\.\d+)?)([KMG])?B?$/i ? int($1 * ($2 ? $m{uc $2} : 1)) : die "bad size $s\n";
}

sub rotate_file {
    my ($path, %a) = @_;
    my $keep = $a{keep} // 7;
    my $freed = 0;
    my $ext = sub { my $n = shift; my $p = "$path.$n"; return -e "$p.gz" ? "$p.gz" : $p };
    # drop the oldest
    my $old = $ext->($keep);
    if (-e $old) { $freed += -s $old; unlink $old unless $a{dry} }
    for (my $n = $keep - 1; $n >= 1; $n--) {
        my $src = $ext->($n);
        next unless -e $src;
        (my $dst = $src) =~ s{\.$n(\.gz)?$}{'.' . ($n + 1) . ($1 // '')}e;
        move($src, $dst) unless $a{dry};
    }
    return { freed => $freed } if $a{dry};
    copy($path, "$path.1") or die "copy $path: $!";
    # copytruncate so the writer keeps its fd
    open(my $fh, '+<', $path) or die "open $path: $!";
    truncate($fh, 0);
    close $fh;
    if ($a{compress}) {
        gzip("$path.1" => "$path.1.gz") or die "gzip failed: $GzipError";
        $freed += (-s "$path.1") - (-s "$path.1.gz");
        unlink "$path.1";
    }
    return { freed => $freed };
}

1;
