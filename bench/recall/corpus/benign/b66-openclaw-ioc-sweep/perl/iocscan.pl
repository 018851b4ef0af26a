#!/usr/bin/env perl
# iocscan.pl --rules FILE [--rules FILE]... [--max-bytes N] PATH...
# Read-only: walks PATHs, applies regex rules line by line, prints JSON findings.
# Exit 0 = clean, 1 = findings, 2 = usage error.
use strict;
use warnings;
use Getopt::Long;
use File::Find;
use JSON::PP;

my (@rule_files, $max_bytes);
$max_bytes = 2 * 1024 * 1024;
GetOptions('rules=s' => \@rule_files, 'max-bytes=i' => \$max_bytes) or exit 2;
@rule_files or die "no --rules given\n";

my @rules;
for my $rf (@rule_files) {
    open my $fh, '<:raw', $rf or die "cannot read $rf: $!\n";
    my $doc = decode_json(do { local $/; <$fh> });
    for my $r (@{ $doc->{rules} }) {
        my $re = eval { qr/$r->{pattern}/ } or do { warn "bad pattern in $r->{id}: $@"; next };
        push @rules, { %$r, re => $re };
    }
}

my (@findings, $files);
my %skip_dir = map { $_ => 1 } qw(.git node_modules .venv __pycache__);

sub scan_file {
    my ($path) = @_;
    my $size = -s $path // 0;
    return if $size == 0 || $size > $max_bytes;
    open my $fh, '<:encoding(UTF-8)', $path or return;
    $files++;
    my $n = 0;
    while (my $line = <$fh>) {
        $n++;
        for my $r (@rules) {
            next unless $line =~ $r->{re};
            (my $ex = substr($line, 0, 160)) =~ s/\s+$//;
            $ex =~ s/([\x{200B}-\x{200F}\x{202A}-\x{202E}\x{2066}-\x{2069}])/sprintf('\\u%04X', ord $1)/ge;
            push @findings, { rule => $r->{id}, severity => $r->{severity}, file => $path, line => $n, excerpt => $ex, note => $r->{note} };
        }
    }
    close $fh;
}

for my $target (@ARGV) {
    next unless -e $target;
    if (-f $target) { scan_file($target); next }
    find({
        no_chdir => 1,
        preprocess => sub { grep { !($skip_dir{$_} && -d "$File::Find::dir/$_") } @_ },
        wanted => sub { scan_file($File::Find::name) if -f $File::Find::name && !-l $File::Find::name },
    }, $target);
}

my %rank = (critical => 0, high => 1, medium => 2, low => 3, info => 4);
@findings = sort { $rank{ $a->{severity} } <=> $rank{ $b->{severity} } || $a->{file} cmp $b->{file} } @findings;
print JSON::PP->new->canonical->encode({ files => $files // 0, findings => \@findings }), "\n";
exit(@findings ? 1 : 0);
