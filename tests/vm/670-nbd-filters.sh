#!/bin/sh
# Servers that fail and servers that are slow (nbdkit filters).
# 1. error filter, 1% of reads fail with EIO: a random pattern is in the
#    export's file; the errors are switched on (error-pread-file) only
#    after the device is up; 2048 reads of 4 KiB (four GNU dd at once,
#    O_DIRECT, noerror,sync: a failed block comes out as zeroes): the blocks that
#    differ from the pattern are exactly the blocks whose reads nbdkit
#    failed (its log filter), as many as dd saw fail, and near 1% (some,
#    not all): only those requests failed, and no read that
#    succeeded returned anything but the pattern (no zeroes).
# 2. delay filter, every read and write 20 ms late: fio crc32c verify
#    completes with no error.
. "${UBLKD_ROOT:-.}/tests/vm/lib.sh"
. "$UBLKD_ROOT/tests/vm/nbd-lib.inc"
nbd_setup
on_exit "$UBLK del -a"
f=/tmp/nbd670.img
s=/tmp/nbd670.sock
trig=/tmp/nbd670.inject
on_exit "rm -f $f $trig /tmp/nbd670.rd /tmp/dd670.err.? /tmp/nbd670.inj /tmp/nbd670.bad /tmp/nbd670.nz"
dd if=/dev/urandom of=$f bs=1M count=8 2>/dev/null || fail "pattern"

nl=/tmp/nbd670.log
on_exit "rm -f $nl"
# the log filter above the error filter: every read and its result
nbdkit_start e1 -U $s --filter=log --filter=error file $f logfile=$nl \
	error-pread=EIO error-pread-rate=1% error-pread-file=$trig
nbd_add 68 --unix $s
touch $trig
# four readers at once (512 blocks each), each into its own range
truncate -s 8M /tmp/nbd670.rd
for i in 0 1 2 3; do
	/usr/bin/dd if=/dev/ublkb68 of=/tmp/nbd670.rd bs=4k count=512 \
		skip=$((i * 512)) seek=$((i * 512)) iflag=direct \
		conv=noerror,sync,notrunc 2>/tmp/dd670.err.$i &
done
wait
rm -f $trig
seen=$(cat /tmp/dd670.err.? | grep -c "Input/output error")
# the 4 KiB blocks whose reads nbdkit failed, from its log (hex offsets)
awk 'function hex(s,  i, n) { n = 0; s = tolower(substr(s, 3))
	for (i = 1; i <= length(s); i++)
		n = n * 16 + index("0123456789abcdef", substr(s, i, 1)) - 1
	return n }
	/ Read id=.* offset=/ { split($3, c, "="); split($5, id, "=")
		split($6, o, "="); off[c[2] " " id[2]] = hex(o[2]) }
	/\.\.\.Read id=.* error=EIO/ { split($3, c, "="); split($5, id, "=")
		print off[c[2] " " id[2]] / 4096 }' $nl | sort -n >/tmp/nbd670.inj
injected=$(wc -l </tmp/nbd670.inj)
# one pass over the differing bytes: their blocks, and how many of them
# are not zero (a failed block must read as dd's zeroes, nothing else)
cmp -l /tmp/nbd670.rd $f | awk '{ b = int(($1 - 1) / 4096)
	if (b != last) { print b; last = b } if ($2 != 0) nz++ }
	END { print nz + 0 > "/tmp/nbd670.nz" }' last=-1 >/tmp/nbd670.bad
bad=$(wc -l </tmp/nbd670.bad)
info "2048 reads: dd saw $seen EIO, nbdkit injected $injected, $bad blocks differ"
[ "$seen" = "$injected" ] || fail "dd saw $seen errors, nbdkit injected $injected"
cmp -s /tmp/nbd670.inj /tmp/nbd670.bad || {
	diff /tmp/nbd670.inj /tmp/nbd670.bad | head
	fail "the blocks that differ from the pattern are not the reads nbdkit failed"
}
# 1% of 2048: about 20 (fewer than 5 by chance: p < 1e-4)
[ "$seen" -ge 5 ] && [ "$seen" -le 100 ] ||
	fail "$seen of 2048 reads failed with 1% injected"
nz=$(cat /tmp/nbd670.nz)
[ "$nz" = 0 ] || fail "$nz bytes differ that are not a failed block's zeroes"
$UBLK list -n 68 | grep -q LIVE || fail "device not LIVE after the errors"
cmp /dev/ublkb68 $f || fail "with the errors off the device does not read the pattern"
nbd_del 68
nbdkit_stop e1
rm -f $s
info "error filter ok"

nbdkit_start d1 -U $s --filter=delay memory 32M delay-read=20ms delay-write=20ms
nbd_add 68 --unix $s
t0=$(now_ms)
nbd_verify /dev/ublkb68 8M
t=$(( $(now_ms) - t0 ))
info "fio verify against the slow server: $t ms"
nbd_del 68
pass
