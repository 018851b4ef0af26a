#!/usr/bin/env perl
# secret-scan - find committed credentials in a git working tree.
use strict;
use warnings;
use Getopt::Long qw(GetOptions);

my %opt = (repo => '.');
GetOptions(\%opt, 'repo=s', 'staged', 'json', 'max-size=i') or die "bad options\n";
my $max = $opt{'max-size'} // 1_000_000;

my @RULES = (
  [ 'aws-access-key-id', qr/\b((?:AKIA|ASIA)[0-9A-Z]{16})\b/ ],
  [ 'aws-secret-key',    qr/(?i:aws_?secret_?access_?key)\s*[:=]\s*["']?([A-Za-z0-9\/+=]{40})\b/ ],
  [ 'github-pat',        qr/\b(ghp_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{60,})\b/ ],
  [ 'github-oauth',      qr/\b(gho_[A-Za-z0-9]{36})\b/ ],
  [ 'gitlab-pat',        qr/\b(glpat-[A-Za-z0-9_-]{20})\b/ ],
  [ 'slack-token',       qr/\b(xox[abpr]-[A-Za-z0-9-]{10,})\b/ ],
  [ 'slack-webhook',     qr{(https://hooks\.slack\.com/services/[A-Z0-9]+/[A-Z0-9]+/[A-Za-z0-9]+)} ],
  [ 'openai-key',        qr/\b(sk-(?:proj-)?[A-Za-z0-9_-]{32,})\b/ ],
  [ 'anthropic-key',     qr/\b(sk-ant-[A-Za-z0-9_-]{32,})\b/ ],
  [ 'stripe-live-key',   qr/\b((?:sk|rk)_live_[A-Za-z0-9]{24,})\b/ ],
  [ 'private-key-block', qr/(-----BEGIN (?:RSA |EC |OPENSSH |DSA |PGP )?PRIVATE KEY(?: BLOCK)?-----)/ ],
  [ 'generic-password',  qr/(?i:\b(?:password|passwd|secret|api_?key|token)\b)\s*[:=]\s*["']([^"'\s]{12,})["']/ ],
);

sub entropy {
  my ($s) = @_;
  my %c; $c{$_}++ for split //, $s;
  my $h = 0; my $n = length $s;
  for (values %c) { my $p = $_ / $n; $h -= $p * log($p) / log(2) }
  return $h;
}

sub mask {
  my ($s) = @_;
  return '****(' . length($s) . ')' if length($s) <= 8;
  return substr($s, 0, 4) . '****(' . length($s) . ')';
}

sub git_files {
  my @cmd = $opt{staged}
    ? ('git', '-C', $opt{repo}, 'diff', '--cached', '--name-only', '--diff-filter=ACM', '-z')
    : ('git', '-C', $opt{repo}, 'ls-files', '-z');
  open(my $fh, '-|', @cmd) or die "git: $!\n";
  local $/;
  my $out = <$fh> // '';
  close $fh;
  return grep { length } split /\0/, $out;
}

my @findings;
for my $rel (git_files()) {
  my $path = "$opt{repo}/$rel";
  next unless -f $path && -s _ <= $max;
  next if $rel =~ /\.(png|jpe?g|gif|ico|pdf|zip|gz|woff2?|ttf|lock)$/i;
  open(my $fh, '<:raw', $path) or next;
  my $n = 0;
  while (my $line = <$fh>) {
    $n++;
    last if $n == 1 && $line =~ /\0/;   # binary
    next if $line =~ /secret-scan:allow/;
    for my $r (@RULES) {
      my ($name, $re) = @$r;
      while ($line =~ /$re/g) {
        my $hit = $1;
        next if $name eq 'generic-password' && (entropy($hit) < 3.0 || $hit =~ /^(?:\$\{|<|%\(|changeme|example|xxx)/i);
        next if $hit =~ /EXAMPLE|0{16,}/;
        push @findings, { file => $rel, line => $n, rule => $name, preview => mask($hit) };
      }
    }
  }
  close $fh;
}

if ($opt{json}) {
  print "[", join(",", map {
    my $f = $_;
    sprintf '{"file":"%s","line":%d,"rule":"%s","preview":"%s"}', map { (my $v = $_) =~ s/(["\\])/\\$1/g; $v } @$f{qw(file line rule preview)}
  } @findings), "]\n";
} else {
  printf "%s:%d  %-18s %s\n", @$_{qw(file line rule preview)} for @findings;
  print @findings ? "\n" . scalar(@findings) . " potential secret(s)\n" : "no secrets found\n";
}
exit(@findings ? 1 : 0);
