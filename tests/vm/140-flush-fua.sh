#!/bin/sh
# FLUSH reaches the target only with a volatile cache advertised: with
# --volatile_cache the queue shows "write back" and fsyncs arrive as FLUSH
# requests (counted by the daemon); without it, none arrive. The daemon's
# log also counts its trips to the kernel.
. "${UBLKD_ROOT:-.}/tests/vm/lib.sh"
require_ublk
require_cmd fio
on_exit "$UBLK del -a"
log=/tmp/fg.$$.log	# the foreground daemon's stderr

flushes() {	# args: extra add options; prints the FLUSH count the daemon saw
	$UBLK add -t mem -n 4 --size 16M --foreground "$@" >$log 2>&1 &
	pid=$!
	wait_dev /dev/ublkb4 10 || { cat $log; fail "no device"; }
	sleep 0.5
	cat /sys/block/ublkb4/queue/write_cache >/tmp/wc.$$
	fio --name=f --filename=/dev/ublkb4 --rw=write --bs=4k --size=1M \
		--fsync=4 --ioengine=psync >/tmp/fio.$$ 2>&1 ||
		{ cat /tmp/fio.$$ >&2; fail "fio fsync job"; }
	kill -TERM $pid
	wait $pid || fail "daemon did not exit 0 on SIGTERM"
	sed -n 's/.*flush \([0-9]*\).*/\1/p' $log
}

n=$(flushes --volatile_cache)
[ "$(cat /tmp/wc.$$)" = "write back" ] || fail "write_cache not 'write back'"
[ -n "$n" ] && [ "$n" -ge 32 ] || fail "want >= 32 FLUSH requests (64 fsyncs), daemon saw '$n'"
info "with --volatile_cache: $n flushes"
n=$(flushes)
[ "$(cat /tmp/wc.$$)" = "write through" ] || fail "write_cache not 'write through'"
[ "$n" = 0 ] || fail "FLUSH arrived without a volatile cache ($n)"

# The daemon's last word also says how it batched: the writes fio made
# (1 MiB through the page cache, an fsync every 4 writes sends it down
# 16 KiB at a time: 64 write requests, one at a time, so the queue slept
# for them), and never more sleeps than trips to the kernel.
line=$(grep 'stopped after' $log)
set -- $(echo "$line" | sed -n 's/.*after \([0-9]*\) requests.*; \([0-9]*\) trips to the kernel, \([0-9]*\) of them asleep/\1 \2 \3/p')
[ $# = 3 ] || fail "no batching counts in the daemon's log: $line"
[ "$1" -ge 64 ] && [ "$2" -ge 1 ] && [ "$3" -ge 1 ] && [ "$3" -le "$2" ] ||
	fail "implausible counts: $1 requests, $2 trips, $3 asleep"
info "daemon: $1 requests, $2 trips, $3 asleep"
pass
