#!/bin/sh
# DISCARD punches holes in the backing file (its allocated blocks drop) and
# WRITE_ZEROES (blkdiscard -z) reads back zero; the data around stays. On
# ext4 (ZERO_RANGE) and on tmpfs (no ZERO_RANGE: the punch fallback).
. "${UBLKD_ROOT:-.}/tests/vm/lib.sh"
. "$UBLKD_ROOT/tests/vm/loop-lib.inc"
require_ublk
require_cmd $BLKDISCARD
back=/tmp/loopd.$$
loop_fs $back
on_exit "$UBLK del -a"
on_exit "rm -f /tmp/exp.$$ /tmp/r.$$ /tmp/loopd-tmpfs.$$"

sum() { sha256sum "$1" | cut -d' ' -f1; }
blocks() { stat -c %b "$1"; }
zero_out() {	# file off_mib len_mib: zero that range in the expected image
	dd if=/dev/zero of="$1" bs=1M seek="$2" count="$3" conv=notrunc \
		2>/dev/null
}

run() {	# backing-file
	f=$1
	dd if=/dev/urandom of=$f bs=1M count=32 conv=fsync 2>/dev/null ||
		fail "backing"
	cp $f /tmp/exp.$$ || fail "copy"
	loop_add 36 -f $f
	[ "$(cat /sys/block/ublkb36/queue/discard_max_bytes)" -gt 0 ] ||
		fail "$f: discard not advertised"
	[ "$(cat /sys/block/ublkb36/queue/write_zeroes_max_bytes)" -gt 0 ] ||
		fail "$f: write zeroes not advertised"
	b0=$(blocks $f)
	$BLKDISCARD -o 4194304 -l 8388608 /dev/ublkb36 || fail "blkdiscard"
	b1=$(blocks $f)
	info "$f: $b0 blocks before discarding 8 MiB, $b1 after"
	[ $((b0 - b1)) -ge 16000 ] ||
		fail "$f: discarding 8 MiB freed only $((b0 - b1)) sectors"
	$BLKDISCARD -z -o 16777216 -l 4198400 /dev/ublkb36 ||
		fail "blkdiscard -z"
	# an unaligned, small one: 3 sectors at sector 7
	$BLKDISCARD -z -o 3584 -l 1536 /dev/ublkb36 || fail "blkdiscard -z small"
	zero_out /tmp/exp.$$ 4 8
	dd if=/dev/zero of=/tmp/exp.$$ bs=4096 seek=4096 count=1025 \
		conv=notrunc 2>/dev/null
	dd if=/dev/zero of=/tmp/exp.$$ bs=512 seek=7 count=3 conv=notrunc \
		2>/dev/null
	echo 3 >/proc/sys/vm/drop_caches
	[ "$(sum /dev/ublkb36)" = "$(sum /tmp/exp.$$)" ] ||
		fail "$f: the device does not read zeroes exactly where discarded"
	loop_del 36
	[ "$(sum $f)" = "$(sum /tmp/exp.$$)" ] ||
		fail "$f: the backing file is not zeroed exactly where discarded"
	[ "$(stat -c %s $f)" = 33554432 ] || fail "$f: size changed"
}

run $back/disk.img
run /tmp/loopd-tmpfs.$$
pass
