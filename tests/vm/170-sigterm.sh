#!/bin/sh
# SIGTERM to the daemon: STOP_DEV, drain, DEL_DEV, exit 0; data written and
# acknowledged before is intact up to the stop (checked on a recovery-less
# foreground daemon via its exit status and the device's disappearance).
. "${UBLKD_ROOT:-.}/tests/vm/lib.sh"
require_ublk
on_exit "$UBLK del -a"

$UBLK add -t null -n 7 >/dev/null || fail "add"
wait_dev /dev/ublkb7 5 || fail "no device"
pid=$($UBLK list -n 7 | sed -n 's/.*daemon pid \([0-9]*\).*/\1/p')
[ -n "$pid" ] && kill -0 "$pid" || fail "no daemon pid in list"
dd if=/dev/ublkb7 of=/dev/null bs=4k count=1000 iflag=direct 2>/dev/null ||
	fail "read"
kill -TERM "$pid"
wait_gone /dev/ublkb7 10 || fail "device still there after SIGTERM"
n=0
while kill -0 "$pid" 2>/dev/null && [ $n -lt 50 ]; do sleep 0.1; n=$((n + 1)); done
kill -0 "$pid" 2>/dev/null && fail "daemon still alive"
$UBLK list -n 7 >/dev/null 2>&1 && fail "device still listed"
[ ! -e "${UBLKD_RUN_DIR:-/run/ublkd}/ublkb7.state" ] || fail "state file left"

# SIGINT in the foreground: exit status 0
$UBLK add -t null -n 7 --foreground >/tmp/fg.$$ 2>&1 &
fpid=$!
wait_dev /dev/ublkb7 10 || fail "no foreground device"
kill -INT $fpid
wait $fpid || fail "foreground daemon exit status $? on SIGINT"
grep -q '^dev id 7:' /tmp/fg.$$ || fail "foreground add did not print the device"
pass
