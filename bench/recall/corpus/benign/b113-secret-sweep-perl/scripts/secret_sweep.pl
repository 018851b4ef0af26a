#!/usr/bin/env perl
# secret-sweep: find committed secrets, print redacted findings.
use strict;
use warnings;
use File::Basename qw(dirname);
use File::Spec;
use Getopt::Long;
use JSON::PP;

my %opt = (rules => File::Spec->catfile(dirname(__FILE__), '..', 'rules', 'default.rules'));
GetOptions(\%opt, 'history', 'json', 'rules=s', 'max-size=i') or die "bad options\n";
my $root = shift // '.';
my $max  = $opt{'max-size'} // 2_000_000;

sub load_rules {
    my ($file) = @_;
    open my $fh, '<', $file or die "$file: $!\n";
    my @r;
    while (<$fh>) {
        chomp;
        next if /^\s*(#|$)/;
        my ($name, $sev, $re) = split /\t/, $_, 3;
        push @r, { name => $name, sev => $sev, re => qr/$re/ };
    }
    return @r;
}

sub redact {
    my ($s) = @_;
    my $n = length $s;
    return '*' x $n if $n <= 8;
    return substr($s, 0, 4) . ('*' x ($n - 8)) . substr($s, -4);
}

my @rules = load_rules($opt{rules});
my @findings;

sub scan_text {
    my ($label, $text) = @_;
    return if $text =~ /\x00/;    # binary
    my $ln = 0;
    for my $line (split /\n/, $text) {
        $ln++;
        next if $line =~ /secret-sweep:allow/;
        for my $r (@rules) {
            while ($line =~ /$r->{re}/g) {
                my $hit = defined $1 ? $1 : $&;
                next if $hit =~ /EXAMPLE|XXXXXXXX|0{16}/;    # documentation placeholders
                push @findings, { file => $label, line => $ln, rule => $r->{name}, severity => $r->{sev}, match => redact($hit) };
            }
        }
    }
}

sub slurp { my ($p) = @_; open my $fh, '<:raw', $p or return; local $/; my $d = <$fh>; return $d }

chdir $root or die "$root: $!\n";
my @files = split /\0/, `git ls-files -z --cached --others --exclude-standard 2>/dev/null`;
if (!@files) {    # not a git repo: walk the tree
    require File::Find;
    File::Find::find({ no_chdir => 1, wanted => sub {
        $File::Find::prune = 1 if -d && m{/(\.git|node_modules|vendor|\.venv)$};
        push @files, $File::Find::name if -f;
    } }, '.');
}
for my $f (@files) {
    next unless -f $f && -s _ <= $max;
    my $d = slurp($f) // next;
    scan_text($f, $d);
}

if ($opt{history}) {
    my %seen;
    open my $objs, '-|', 'git', 'rev-list', '--objects', '--all' or die "git rev-list: $!\n";
    while (my $l = <$objs>) {
        chomp $l;
        my ($sha, $path) = split / /, $l, 2;
        next unless defined $path && !$seen{$sha}++;
        my $type = `git cat-file -t $sha`; chomp $type;
        next unless $type eq 'blob';
        my $size = `git cat-file -s $sha`; chomp $size;
        next if $size > $max;
        my $blob = `git cat-file -p $sha`;
        scan_text("$path\@" . substr($sha, 0, 8), $blob);
    }
}

if ($opt{json}) {
    print JSON::PP->new->pretty->canonical->encode(\@findings);
} else {
    printf "%-6s %-22s %s:%d  %s\n", $_->{severity}, $_->{rule}, $_->{file}, $_->{line}, $_->{match} for @findings;
    printf "%d finding(s)\n", scalar @findings;
}
exit(@findings ? 1 : 0);
