#!/bin/sh
# User recovery on mem (-r 1; other targets via RECOVERY_TGT): kill -9 the daemon in the middle of a
# stream of direct writes, `ublk recover`, and every write acknowledged
# before the crash reads back intact; I/O flows again. Three times in a row,
# then a kill during recovery itself, then del cleans everything up.
. "${UBLKD_ROOT:-.}/tests/vm/lib.sh"
require_ublk
require_cmd fio
RUN=${UBLKD_RUN_DIR:-/run/ublkd}
on_exit "$UBLK del -a"
PAT=${RECOVERY_PAT:-/tmp/pat.$$}
[ -n "${RECOVERY_PAT:-}" ] || on_exit "rm -f $PAT"
on_exit "rm -f /tmp/r.$$"

ID=${RECOVERY_ID:-30}
ROPTS=${RECOVERY_OPTS:--r 1}
TGT=${RECOVERY_TGT:--t mem --size 64M}
daemon_pid() { $UBLK list -n $ID | sed -n 's/.*daemon pid \([0-9]*\).*/\1/p'; }
state() { $UBLK list -n $ID | sed -n 's/.*state \([A-Z_]*\).*/\1/p'; }
wait_state() {	# STATE SECS
	_n=$(($2 * 10))
	while [ "$(state)" != "$1" ] && [ $_n -gt 0 ]; do sleep 0.1; _n=$((_n - 1)); done
	[ "$(state)" = "$1" ]
}

$UBLK add $TGT -n $ID -q 2 $ROPTS >/dev/null || fail "add $TGT $ROPTS"
$UBLK list -n $ID | grep -q ' RECOVERY ' || fail "no RECOVERY flag in list"
wait_dev /dev/ublkb$ID 5 || fail "no device"
[ -f $RUN/ublkb$ID.state ] || fail "no state file"
dd if=/dev/urandom of=$PAT bs=1M count=16 2>/dev/null

round=1
while [ $round -le 3 ]; do
	off=$(((round - 1) * 256))	# 64 KiB blocks: 16 MiB per round
	pid=$(daemon_pid)
	dd if=$PAT of=/dev/ublkb$ID bs=64k seek=$off oflag=direct \
		2>/tmp/dd.$$ &
	ddpid=$!
	sleep 1
	t0=$(now_ms)
	kill -9 "$pid"
	# A write the dead daemon held fails; one issued after it died waits
	# in the kernel for the recovered daemon. So recover before waiting.
	wait_state QUIESCED 10 || fail "device is $(state), not QUIESCED"
	# from another directory: the state file must not depend on the cwd
	(cd / && $UBLK recover -n $ID >/dev/null) || fail "recover (round $round)"
	dd if=/dev/ublkb$ID of=/dev/null bs=4k count=1 iflag=direct 2>/dev/null ||
		fail "no I/O after recover"
	t1=$(now_ms)
	info "round $round: kill to I/O flowing: $((t1 - t0)) ms"
	wait $ddpid
	done_blocks=$(sed -n 's/^\([0-9]*\)+[0-9]* records out.*/\1/p' /tmp/dd.$$)
	info "round $round: $done_blocks x 64 KiB acknowledged ($(tail -n1 /tmp/dd.$$))"
	[ -n "$done_blocks" ] || fail "cannot read dd's record count"
	[ "$(state)" = LIVE ] || fail "not LIVE after recover"
	[ "$(daemon_pid)" != "$pid" ] || fail "same daemon pid after recover"
	# every acknowledged block intact
	if [ "$done_blocks" -gt 0 ]; then
		dd if=/dev/ublkb$ID of=/tmp/r.$$ bs=64k skip=$off \
			count="$done_blocks" iflag=direct 2>/dev/null
		dd if=$PAT bs=64k count="$done_blocks" 2>/dev/null |
			cmp -s - /tmp/r.$$ || fail "round $round: acknowledged data lost"
	fi
	# and the earlier rounds' data too
	round=$((round + 1))
done

# kill the recovering daemon right away, then recover again
pid=$(daemon_pid)
kill -9 "$pid"
wait_state QUIESCED 10 || fail "not QUIESCED before the kill-during-recovery"
$UBLK recover -n $ID >/dev/null &
sleep 0.2
kill -9 "$(daemon_pid)" 2>/dev/null
wait
sleep 1
# the kill may come before the new daemon is there or after it is live:
# then there is nothing to recover (a loaded machine decides which)
st=$(state)
info "after a kill during recovery the device is $st"
if [ "$st" != LIVE ]; then
	wait_state QUIESCED 10 || fail "device is $(state) after the killed recovery"
	$UBLK recover -n $ID >/dev/null || fail "recover after a killed recovery"
fi
[ "$(state)" = LIVE ] || fail "device is $(state), not LIVE"
run_fio --name=v --filename=/dev/ublkb$ID --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=16 --offset=48M --size=8M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 || fail "verify after recoveries"

shm=$(sed -n 's/^shm_path=//p' $RUN/ublkb$ID.state)
$UBLK del -n $ID || fail "del"
wait_gone /dev/ublkb$ID 5 || fail "not gone"
[ ! -e $RUN/ublkb$ID.state ] || fail "state file left after del"
[ -z "$shm" ] || [ ! -e "$shm" ] || fail "shared memory $shm left after del"
pass
