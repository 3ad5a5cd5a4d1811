#!/bin/sh
# systemd Type=notify without systemd: tests/helpers/notify-listen plays
# $NOTIFY_SOCKET. The daemon says READY=1 only once its device serves I/O,
# STOPPING=1 on the way down, in that order and nothing else; the unit's
# ublkd-service run twice, with the daemon SIGKILLed between, recovers the
# -r 1 device (what Restart=on-failure does) with its data intact.
. "${UBLKD_ROOT:-.}/tests/vm/lib.sh"
require_ublk
NL=$UBLKD_ROOT/build/vm-bins/notify-listen
SVC=$UBLKD_ROOT/build/vm-bins/ublkd-service
require_cmd "$NL" "$SVC"
on_exit "$UBLK del -a"
T=/tmp/notify.$$
mkdir -p $T
on_exit "rm -rf $T"

# listen NAME: a listener on NAME appending to $T/log (its pid in $lpid)
listen() {
	rm -f $T/log $T/log.ready
	"$NL" "$1" $T/log 30 &
	lpid=$!
	on_exit "kill $lpid"
	n=0
	while [ ! -e $T/log.ready ] && [ $n -lt 50 ]; do sleep 0.1; n=$((n + 1)); done
	[ -e $T/log.ready ] || fail "notify-listen did not bind $1"
}
# wait_msg TEXT [SECS]: until a line of $T/log holds TEXT
wait_msg() {
	n=$(( ${2:-10} * 10 ))
	while [ $n -gt 0 ]; do
		grep -q "$1" $T/log 2>/dev/null && return 0
		sleep 0.1
		n=$((n - 1))
	done
	return 1
}

# 1. foreground, abstract socket name: READY=1, then STOPPING=1 on SIGTERM
listen @ublkd-test-notify
NOTIFY_SOCKET=@ublkd-test-notify $UBLK add -t null -n 30 --foreground >$T/fg 2>&1 &
fpid=$!
wait_msg READY=1 15 || fail "no READY=1: $(cat $T/fg)"
# READY means serving: the device is there and reads, no waiting
[ -b /dev/ublkb30 ] || fail "READY=1 before /dev/ublkb30 exists"
dd if=/dev/ublkb30 of=/dev/null bs=4k count=16 iflag=direct 2>/dev/null ||
	fail "READY=1 but the device does not serve I/O"
grep -q "STATUS=serving /dev/ublkb30" $T/log || fail "no STATUS line: $(cat $T/log)"
grep -q MAINPID $T/log && fail "MAINPID from a foreground daemon: $(cat $T/log)"
kill -TERM $fpid
wait $fpid || fail "foreground daemon exit $? on SIGTERM"
wait_msg STOPPING=1 5 || fail "no STOPPING=1: $(cat $T/log)"
[ "$(cut -d' ' -f1 $T/log | tr '\n' ,)" = "READY=1,STOPPING=1," ] ||
	fail "messages, in order, were: $(cat $T/log)"
wait_gone /dev/ublkb30 5 || fail "device 30 left after SIGTERM"
kill $lpid

# 2. forked daemon, path socket: READY=1 carries MAINPID= the daemon's
# pid (the add that forked it exits); `ublk del` brings STOPPING=1
listen $T/sock
NOTIFY_SOCKET=$T/sock $UBLK add -t null -n 31 >/dev/null 2>&1 || fail "add (forked)"
wait_msg READY=1 5 || fail "no READY=1 from the forked daemon"
dpid=$($UBLK list -n 31 | sed -n 's/.*daemon pid \([0-9]*\).*/\1/p')
grep -q "MAINPID=$dpid\$" $T/log || fail "READY without MAINPID=$dpid: $(cat $T/log)"
$UBLK del -n 31 || fail "del -n 31"
wait_msg STOPPING=1 5 || fail "no STOPPING=1 after del: $(cat $T/log)"
[ "$(wc -l <$T/log)" = 2 ] || fail "more than READY and STOPPING: $(cat $T/log)"
kill $lpid

# 3. ublkd-service (ExecStart of ublkd@.service): add, crash, restart recovers
listen @ublkd-test-svc
mkdir -p $T/etc
printf '# a recoverable RAM disk\n-t mem --size 16M -n 32 -r 1\n' >$T/etc/ram.conf
run_svc() {
	NOTIFY_SOCKET=@ublkd-test-svc UBLK=$UBLK UBLKD_CONF_DIR=$T/etc \
		sh "$SVC" ram >>$T/svc.out 2>&1 &
	spid=$!
}
run_svc
wait_msg READY=1 15 || fail "ublkd-service: no READY=1: $(cat $T/svc.out)"
dd if=/dev/urandom of=$T/data bs=4k count=64 2>/dev/null
dd if=$T/data of=/dev/ublkb32 bs=4k oflag=direct 2>/dev/null || fail "write"
sum=$(md5sum <$T/data)
kill -KILL $spid	# the daemon itself: the script exec'd it
wait $spid 2>/dev/null
: >$T/log
run_svc
wait_msg READY=1 15 || fail "restart: no READY=1: $(cat $T/svc.out)"
grep -q "device 32 exists: recovering it" $T/svc.out || fail "restart did not recover: $(cat $T/svc.out)"
[ "$(dd if=/dev/ublkb32 bs=4k count=64 iflag=direct 2>/dev/null | md5sum)" = "$sum" ] ||
	fail "data changed across the restart"
kill -TERM $spid
wait $spid || fail "recovered daemon exit $? on SIGTERM"
wait_msg STOPPING=1 5 || fail "no STOPPING=1 from the recovered daemon"
wait_gone /dev/ublkb32 5 || fail "device 32 left after SIGTERM"
pass
