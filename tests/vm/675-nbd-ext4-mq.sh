#!/bin/sh
# An ext4 on an nbd device (mkfs, an 8 MiB file, remount, fsck) with
# simple replies (nbdkit --no-sr), and multi-conn with -q 4 with
# structured replies (nbdkit's default): four connections to nbdkit memory (it advertises
# NBD_FLAG_CAN_MULTI_CONN), fio crc32c verify from four jobs, each
# pinned to a CPU in turn so that every CPU's queue carries I/O.
. "${UBLKD_ROOT:-.}/tests/vm/lib.sh"
. "$UBLKD_ROOT/tests/vm/nbd-lib.inc"
. "$UBLKD_ROOT/tests/vm/loop-lib.inc"
nbd_setup
on_exit "$UBLK del -a"
s=/tmp/nbd675.sock
nbdkit_start m1 --no-sr -U $s memory 128M
nbd_add 69 --unix $s
$UBLK list -n 69 | grep -q '"structured_replies":false' ||
	fail "structured replies with nbdkit --no-sr"
ext4_roundtrip /dev/ublkb69 nbd
nbd_del 69
info "ext4 ok"

nl=/tmp/nbd675.log
on_exit "rm -f $nl"
nbdkit_start m2 -U $s.4 --filter=log memory 64M logfile=$nl
nbd_add 70 --unix $s.4 -q 4
$UBLK list -n 70 | grep -q '"connections":4' || {
	$UBLK list -n 70
	fail "not four connections with -q 4"
}
$UBLK list -n 70 | grep -q '"structured_replies":true' ||
	fail "no structured replies with nbdkit (it offers them)"
n=$(grep -c " Connect export=" $nl)
[ "$n" = 4 ] || fail "nbdkit saw $n connections, not 4"
ncpu=$(grep -c ^processor /proc/cpuinfo)
nbd_verify /dev/ublkb70 8M --numjobs=4 --offset_increment=16M \
	--cpus_allowed=0-$((ncpu - 1)) --cpus_allowed_policy=split
# every connection carried requests (the log names each one's)
used=$(awk '/ Write id=/ { split($3, c, "="); seen[c[2]] = 1 }
	END { for (k in seen) n++; print n + 0 }' $nl)
info "connections that carried writes: $used of 4 ($ncpu CPUs)"
[ "$used" -ge "$(( ncpu < 4 ? ncpu : 4 ))" ] ||
	fail "only $used connections carried writes with $ncpu CPUs"
nbd_del 70
pass
