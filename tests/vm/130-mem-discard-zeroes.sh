#!/bin/sh
# DISCARD and WRITE_ZEROES on mem read back as zeroes and leave the rest
# alone; the discard limits are advertised (and only then do the ops arrive).
. "${UBLKD_ROOT:-.}/tests/vm/lib.sh"
require_ublk
require_cmd $BLKDISCARD
on_exit "$UBLK del -a"
on_exit "rm -f /tmp/pat /tmp/r1 /tmp/r2 /tmp/zero"

$UBLK add -t mem -n 3 --size 16M >/dev/null || fail "add"
wait_dev /dev/ublkb3 5 || fail "no device"
[ "$(cat /sys/block/ublkb3/queue/discard_max_bytes)" -gt 0 ] ||
	fail "discard not advertised"
[ "$(cat /sys/block/ublkb3/queue/write_zeroes_max_bytes)" -gt 0 ] ||
	fail "write zeroes not advertised"

# region FILE START_4K COUNT_4K OUT
region() { dd if="$1" of="$4" bs=4096 skip="$2" count="$3" 2>/dev/null; }
same() {	# start count: device region equals the pattern's
	region /tmp/pat "$1" "$2" /tmp/r1
	region /dev/ublkb3 "$1" "$2" /tmp/r2
	cmp -s /tmp/r1 /tmp/r2
}
zero() {	# start count: device region reads as zeroes
	dd if=/dev/zero of=/tmp/zero bs=4096 count="$2" 2>/dev/null
	region /dev/ublkb3 "$1" "$2" /tmp/r2
	cmp -s /tmp/zero /tmp/r2
}

dd if=/dev/urandom of=/tmp/pat bs=1M count=16 2>/dev/null
dd if=/tmp/pat of=/dev/ublkb3 bs=1M oflag=direct 2>/dev/null || fail "fill"
same 0 4096 || fail "fill did not read back"
# discard 2 MiB at 1 MiB; zero-out 1 MiB + 4 KiB at 8 MiB
$BLKDISCARD -o 1048576 -l 2097152 /dev/ublkb3 || fail "blkdiscard"
$BLKDISCARD -z -o 8388608 -l 1052672 /dev/ublkb3 || fail "blkdiscard -z"
echo 3 >/proc/sys/vm/drop_caches
zero 256 512 || fail "discarded range does not read as zeroes"
zero 2048 257 || fail "zeroed range does not read as zeroes"
same 0 256 || fail "data before the discard changed"
same 768 1280 || fail "data between the ranges changed"
same 2305 1791 || fail "data after the zeroed range changed"
pass
