#!/bin/sh
# The control-command bound against the real driver: with
# UBLKD_TEST_NO_FETCH=1 the daemon's queues never send FETCH_REQ, so
# START_DEV (the kernel waits in it for every queue's fetches) never
# completes. With UBLKD_CTRL_TIMEOUT_MS=2000, `ublk add` fails within a
# few seconds naming the timed-out command, exits non-zero and leaves
# nothing (no /dev/ublkc*, no state file, `list` empty, no daemon); the
# next add works.
. "${UBLKD_ROOT:-.}/tests/vm/lib.sh"
require_ublk
RUN=${UBLKD_RUN_DIR:-/run/ublkd}
on_exit "$UBLK del -a -f"
out=/tmp/a860.$$
on_exit "rm -f $out"

t0=$(now_ms)
rc=0
UBLKD_TEST_NO_FETCH=1 UBLKD_CTRL_TIMEOUT_MS=2000 timeout 30 \
	$UBLK add -t null -n 55 -q 2 >$out 2>&1 || rc=$?
t1=$(now_ms)
cat $out
info "add with START_DEV never completing: exit $rc after $((t1 - t0)) ms"
[ $rc != 0 ] || fail "add succeeded though START_DEV cannot complete"
[ $rc != 124 ] || fail "add hung past 30 s: the control-command bound did not work"
[ $((t1 - t0)) -lt 8000 ] || fail "add took $((t1 - t0)) ms with a 2000 ms bound"
grep -q "control command START_DEV (device 55) did not complete in 2000 ms" $out ||
	fail "no named timeout message"
# the daemon's cleanup (DEL_DEV) may still be finishing: bounded wait
wait_gone /dev/ublkc55 5 || fail "/dev/ublkc55 left behind"
[ -z "$(ls /dev/ublkc* 2>/dev/null)" ] || fail "devices left: $(ls /dev/ublkc*)"
[ -z "$(ls $RUN/*.state 2>/dev/null)" ] || fail "state file left: $(ls $RUN/*.state)"
[ -z "$($UBLK list 2>/dev/null)" ] || fail "list not empty: $($UBLK list)"
n=0
while [ "$(ps -o comm | grep -c '^ublk$')" != 0 ] && [ $n -lt 50 ]; do
	sleep 0.1; n=$((n + 1))
done
[ "$(ps -o comm | grep -c '^ublk$')" = 0 ] || fail "a ublk daemon is left"
dmesg | tail -n 5

# the next add (same id) works and serves I/O
timeout 15 $UBLK add -t null -n 55 -q 2 >$out 2>&1 || fail "next add: $(cat $out)"
wait_dev /dev/ublkb55 5 || fail "no /dev/ublkb55"
dd if=/dev/ublkb55 of=/dev/null bs=64k count=16 iflag=direct 2>/dev/null ||
	fail "no I/O on the next device"
timeout 15 $UBLK del -n 55 || fail "del"
pass "add failed in $((t1 - t0)) ms with the named timeout; next add fine"
