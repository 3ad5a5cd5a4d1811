#!/bin/sh
# The backing file shrinks under a live device: reads past its new end
# fail with an I/O error (a short read is resumed, then EOF is -EIO, never
# garbage or a hang), reads before it still work, the device stays up.
. "${UBLKD_ROOT:-.}/tests/vm/lib.sh"
. "$UBLKD_ROOT/tests/vm/loop-lib.inc"
require_ublk
back=/tmp/loopsh.$$
loop_fs $back
on_exit "$UBLK del -a"
on_exit "rm -f /tmp/r.$$"
f=$back/disk.img
dd if=/dev/urandom of=$f bs=1M count=8 2>/dev/null || fail "backing"
for opt in "" --buffered_io; do
	loop_add 42 $opt -f $f
	head=$(dd if=$f bs=1M count=4 2>/dev/null | sha256sum)
	# new end: 4 MiB + 2 KiB, so a 1 MiB read at 4 MiB is cut short
	truncate -s $((4 * 1048576 + 2048)) $f || fail "shrink"
	dd if=/dev/ublkb42 of=/tmp/r.$$ bs=1M skip=4 count=1 iflag=direct \
		2>/dev/null && fail "$opt: a read across the new end succeeded"
	dd if=/dev/ublkb42 of=/tmp/r.$$ bs=1M skip=6 count=1 iflag=direct \
		2>/dev/null && fail "$opt: a read past the new end succeeded"
	[ "$(dd if=/dev/ublkb42 bs=1M count=4 iflag=direct 2>/dev/null |
		sha256sum)" = "$head" ] || fail "$opt: data before the end changed"
	$UBLK list -n 42 | grep -q "state LIVE" || fail "$opt: device not LIVE"
	loop_del 42
	dd if=/dev/urandom of=$f bs=1M count=8 2>/dev/null || fail "refill"
	info "${opt:-direct}: ok"
done
pass
