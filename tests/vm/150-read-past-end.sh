#!/bin/sh
# I/O past the end of the device fails cleanly and the device keeps serving.
. "${UBLKD_ROOT:-.}/tests/vm/lib.sh"
require_ublk
on_exit "$UBLK del -a"

$UBLK add -t mem -n 5 --size 1M >/dev/null || fail "add"
wait_dev /dev/ublkb5 5 || fail "no device"
n=$(dd if=/dev/ublkb5 bs=4096 skip=256 count=1 iflag=direct 2>/dev/null | wc -c)
[ "$n" = 0 ] || fail "read at the end returned $n bytes"
dd if=/dev/zero of=/dev/ublkb5 bs=4096 seek=256 count=1 oflag=direct 2>/dev/null &&
	fail "write past the end succeeded"
n=$(dd if=/dev/ublkb5 bs=4096 skip=255 count=2 iflag=direct 2>/dev/null | wc -c)
[ "$n" = 4096 ] || fail "read across the end returned $n bytes, want 4096"
echo hello | dd of=/dev/ublkb5 bs=512 conv=sync oflag=direct 2>/dev/null ||
	fail "write in range failed after the bad ones"
[ "$(dd if=/dev/ublkb5 bs=5 count=1 2>/dev/null)" = hello ] || fail "readback"
$UBLK list -n 5 | grep -q 'state LIVE' || fail "device not live"
pass
