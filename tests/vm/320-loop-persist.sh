#!/bin/sh
# What is written through /dev/ublkbN is exactly what the backing file
# holds after `ublk del` (direct and buffered): the whole file is compared
# with the expected image. And the device first reads what the file held.
. "${UBLKD_ROOT:-.}/tests/vm/lib.sh"
. "$UBLKD_ROOT/tests/vm/loop-lib.inc"
require_ublk
back=/tmp/loopp.$$
loop_fs $back
on_exit "$UBLK del -a"
on_exit "rm -f /tmp/pat.$$ /tmp/exp.$$"
f=$back/disk.img

sum() { sha256sum "$1" | cut -d' ' -f1; }

dd if=/dev/urandom of=/tmp/pat.$$ bs=1M count=8 2>/dev/null || fail "pattern"
for mode in direct buffered; do
	opt=
	[ $mode = buffered ] && opt=--buffered_io
	dd if=/dev/urandom of=$f bs=1M count=32 2>/dev/null || fail "backing"
	cp $f /tmp/exp.$$ || fail "copy"
	loop_add 34 $opt -f $f
	[ "$(sum /dev/ublkb34)" = "$(sum $f)" ] ||
		fail "$mode: the device does not read what the file holds"
	# 8 MiB at 4 MiB in 1 MiB direct writes; 3 x 4 KiB buffered at
	# block 5000; 512 bytes at sector 3 (a sub-page write)
	dd if=/tmp/pat.$$ of=/dev/ublkb34 bs=1M seek=4 oflag=direct \
		2>/dev/null || fail "$mode: dd pattern"
	dd if=/tmp/pat.$$ of=/dev/ublkb34 bs=4096 count=3 seek=5000 \
		conv=fsync 2>/dev/null || fail "$mode: dd small"
	dd if=/tmp/pat.$$ of=/dev/ublkb34 bs=512 count=1 skip=7 seek=3 \
		oflag=direct 2>/dev/null || fail "$mode: dd 512"
	loop_del 34
	dd if=/tmp/pat.$$ of=/tmp/exp.$$ bs=1M seek=4 conv=notrunc 2>/dev/null
	dd if=/tmp/pat.$$ of=/tmp/exp.$$ bs=4096 count=3 seek=5000 \
		conv=notrunc 2>/dev/null
	dd if=/tmp/pat.$$ of=/tmp/exp.$$ bs=512 count=1 skip=7 seek=3 \
		conv=notrunc 2>/dev/null
	[ "$(stat -c %s $f)" = 33554432 ] || fail "$mode: backing size changed"
	[ "$(sum $f)" = "$(sum /tmp/exp.$$)" ] ||
		fail "$mode: after del the backing file is not what was written"
	info "$mode ok"
done
pass
