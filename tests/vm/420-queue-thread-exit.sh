#!/bin/sh
# A queue thread that exits (fault injected with the test-only switch
# UBLKD_TEST_QUEUE_EXIT_AFTER) takes the daemon down cleanly: the daemon
# exits non-zero saying why, the device is deleted, no half-alive device is
# left and nothing hangs. With -r 1 the device is left for recovery instead.
. "${UBLKD_ROOT:-.}/tests/vm/lib.sh"
require_ublk
on_exit "$UBLK del -a"

UBLKD_TEST_QUEUE_EXIT_AFTER=200 $UBLK add -t mem -n 40 -q 2 --size 16M \
	--foreground >/tmp/q.$$ 2>&1 &
pid=$!
wait_dev /dev/ublkb40 10 || { cat /tmp/q.$$; fail "no device"; }
# I/O until queue 0 has served 200 requests; the rest fails or completes
i=0
while [ $i -lt 20 ] && [ -b /dev/ublkb40 ]; do
	timeout 20 dd if=/dev/ublkb40 of=/dev/null bs=4k count=64 iflag=direct 2>/dev/null
	taskset -c 0 timeout 20 dd if=/dev/ublkb40 of=/dev/null bs=4k count=64 iflag=direct 2>/dev/null
	i=$((i + 1))
done
n=0
while kill -0 $pid 2>/dev/null && [ $n -lt 200 ]; do sleep 0.1; n=$((n + 1)); done
kill -0 $pid 2>/dev/null && fail "daemon still running 20 s after its queue thread exited"
wait $pid
rc=$?
cat /tmp/q.$$
[ $rc != 0 ] || fail "daemon exited 0 after losing a queue thread"
grep -q "injected fault" /tmp/q.$$ || fail "fault was not injected"
grep -q "a queue thread exited" /tmp/q.$$ || fail "daemon did not say why it stopped"
grep -q "deleting it once this daemon is gone" /tmp/q.$$ ||
	fail "daemon did not start the clean-up"
wait_gone /dev/ublkb40 15 || fail "device left behind"
wait_gone /dev/ublkc40 10 || fail "char device left behind"

# -r 1: the same fault leaves a QUIESCED device, and recover brings it back
UBLKD_TEST_QUEUE_EXIT_AFTER=100 $UBLK add -t mem -n 40 -q 1 --size 16M -r 1 \
	>/dev/null || fail "add -r 1"
wait_dev /dev/ublkb40 10 || fail "no device (-r 1)"
echo hello | dd of=/dev/ublkb40 bs=512 conv=sync oflag=direct 2>/dev/null
timeout 20 dd if=/dev/ublkb40 of=/dev/null bs=4k count=200 iflag=direct 2>/dev/null &
n=0
while ! $UBLK list -n 40 | grep -q 'state QUIESCED' && [ $n -lt 100 ]; do
	sleep 0.2; n=$((n + 1))
done
$UBLK list -n 40 | grep -q 'state QUIESCED' || fail "not QUIESCED after the fault"
$UBLK recover -n 40 >/dev/null || fail "recover after the fault"
wait
[ "$(dd if=/dev/ublkb40 bs=5 count=1 2>/dev/null)" = hello ] ||
	fail "data lost across the fault and recovery"
$UBLK del -n 40 || fail "del"
pass
