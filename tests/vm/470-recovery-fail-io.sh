#!/bin/sh
# -r 1 -e 1 (UBLK_F_USER_RECOVERY_FAIL_IO): while no daemon serves the
# device, its I/O fails at once (not after a timeout, not waiting), the
# device waits for `ublk recover`, and recover brings the data back.
# Where the kernel does not offer the flag, add refuses cleanly: a message
# naming it, exit != 0, no device left.
. "${UBLKD_ROOT:-.}/tests/vm/lib.sh"
require_ublk
on_exit "$UBLK del -a"
on_exit "rm -f /tmp/pat.$$ /tmp/r.$$ /tmp/e.$$"
ID=47
state() { $UBLK list -n $ID | sed -n 's/.*state \([A-Z_]*\).*/\1/p'; }
daemon_pid() { $UBLK list -n $ID | sed -n 's/.*daemon pid \([0-9]*\).*/\1/p'; }

if ! $UBLK features | grep -q 'UBLK_F_USER_RECOVERY_FAIL_IO'; then
	$UBLK add -t mem --size 16M -n $ID -r 1 -e 1 2>/tmp/e.$$ >/dev/null &&
		fail "add -e 1 succeeded on a kernel without USER_RECOVERY_FAIL_IO"
	cat /tmp/e.$$
	grep -q 'UBLK_F_USER_RECOVERY_FAIL_IO' /tmp/e.$$ ||
		fail "the refusal does not name UBLK_F_USER_RECOVERY_FAIL_IO"
	$UBLK list -n $ID >/dev/null 2>&1 && fail "a device was left behind"
	[ -e /dev/ublkb$ID ] && fail "/dev/ublkb$ID left behind"
	skip "kernel lacks UBLK_F_USER_RECOVERY_FAIL_IO (add -e 1 refused cleanly)"
fi

$UBLK add -t mem --size 16M -n $ID -r 1 -e 1 >/dev/null || fail "add -r 1 -e 1"
wait_dev /dev/ublkb$ID 5 || fail "no device"
$UBLK list -n $ID -v | grep -q 'RECOVERY_FAIL_IO' || fail "flag not granted"
dd if=/dev/urandom of=/tmp/pat.$$ bs=1M count=4 2>/dev/null
dd if=/tmp/pat.$$ of=/dev/ublkb$ID bs=1M oflag=direct 2>/dev/null || fail "write"

kill -9 "$(daemon_pid)"
n=100
while [ "$(state)" != FAIL_IO ] && [ $n -gt 0 ]; do sleep 0.1; n=$((n - 1)); done
[ "$(state)" = FAIL_IO ] || fail "state $(state) after the kill, want FAIL_IO"
t0=$(now_ms)
timeout 10 dd if=/dev/ublkb$ID of=/dev/null bs=4k count=1 iflag=direct 2>/dev/null &&
	fail "a read without a daemon succeeded"
t1=$(now_ms)
info "read without a daemon failed after $((t1 - t0)) ms"
[ $((t1 - t0)) -lt 5000 ] || fail "I/O took $((t1 - t0)) ms to fail"
timeout 10 dd if=/tmp/pat.$$ of=/dev/ublkb$ID bs=4k count=1 seek=2000 oflag=direct 2>/dev/null &&
	fail "a write without a daemon succeeded"

$UBLK recover -n $ID >/dev/null || fail "recover"
[ "$(state)" = LIVE ] || fail "state $(state) after recover"
dd if=/dev/ublkb$ID of=/tmp/r.$$ bs=1M count=4 iflag=direct 2>/dev/null ||
	fail "read after recover"
cmp -s /tmp/pat.$$ /tmp/r.$$ || fail "data written before the kill is not back"
$UBLK del -n $ID || fail "del"
pass "I/O failed in $((t1 - t0)) ms without a daemon; recover brought the data back"
