#!/bin/sh
# Backings on filesystems that may refuse O_DIRECT: tmpfs (6.12 accepts
# it) and ramfs (refuses it). Where the filesystem refuses O_DIRECT, add
# prints a notice and falls back to buffered I/O (direct_io 0); where it
# accepts it, direct I/O is used. Either way the data verifies.
. "${UBLKD_ROOT:-.}/tests/vm/lib.sh"
. "$UBLKD_ROOT/tests/vm/loop-lib.inc"
require_ublk
require_cmd fio
on_exit "$UBLK del -a"
ram=/tmp/loopram.$$
tmp=/tmp/looptmp.$$
mkdir -p $ram $tmp || fail "mkdir"
mount -t ramfs ramfs $ram || fail "mount ramfs"
on_exit "umount $ram"
mount -t tmpfs -o size=128M tmpfs $tmp || fail "mount tmpfs"
on_exit "umount $tmp"

run() {	# dir fstype
	f=$1/disk.img
	dd if=/dev/zero of=$f bs=1M count=32 2>/dev/null || fail "$2: backing"
	if dd if=/dev/zero of=$1/probe bs=4096 count=1 oflag=direct \
		2>/dev/null; then
		want=1
	else
		want=0
	fi
	rm -f $1/probe
	loop_add 39 -f $f
	cat /tmp/loop-add.$$
	j=$(loop_json 39)
	if [ $want = 0 ]; then
		grep -q "refuses O_DIRECT, using buffered I/O" /tmp/loop-add.$$ ||
			fail "$2 refuses O_DIRECT but add printed no notice"
	else
		grep -q "O_DIRECT" /tmp/loop-add.$$ &&
			fail "$2 takes O_DIRECT but add says it does not"
	fi
	echo "$j" | grep -q "\"direct_io\":$want" ||
		fail "$2: direct_io is not $want: $j"
	fio_verify /dev/ublkb39 4k 32 16M
	fio_verify /dev/ublkb39 1M 4 16M --offset=16M
	dd if=/dev/urandom of=/tmp/pat.$$ bs=1M count=2 2>/dev/null
	dd if=/tmp/pat.$$ of=/dev/ublkb39 bs=1M seek=3 oflag=direct 2>/dev/null ||
		fail "$2: dd"
	loop_del 39
	dd if=$f of=/tmp/r.$$ bs=1M skip=3 count=2 2>/dev/null
	cmp -s /tmp/r.$$ /tmp/pat.$$ || fail "$2: the file lacks what was written"
	rm -f /tmp/pat.$$ /tmp/r.$$ $f
	info "$2: O_DIRECT $([ $want = 1 ] && echo accepted || echo refused), ok"
}

run $ram ramfs
run $tmp tmpfs
pass
