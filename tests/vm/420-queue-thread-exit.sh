#!/bin/sh
# A queue thread that exits (fault injected with the test-only switch
# UBLKD_TEST_QUEUE_EXIT_AFTER) takes the daemon down cleanly: the device
# is stopped and deleted, the daemon exits non-zero saying why, no
# half-alive device is left and nothing hangs.
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
wait_gone /dev/ublkb40 5 || fail "device left behind"
[ ! -e /dev/ublkc40 ] || fail "char device left behind"
pass
