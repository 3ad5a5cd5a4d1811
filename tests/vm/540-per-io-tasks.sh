#!/bin/sh
# Per-I/O daemons (--nthreads N --per_io_tasks, UBLK_F_PER_IO_DAEMON,
# 6.16+): N threads share every queue's tags, (q, tag) served by thread
# (q * depth + tag) % N. Where the kernel lacks the flag, add is refused
# naming UBLK_F_PER_IO_DAEMON, exit 1, nothing left (then the test skips).
# Where it has it: the bad combinations are refused (more threads than
# I/O slots, --nthreads != -q without --per_io_tasks, nbd's per-queue
# connection, -b); null, mem and loop (zero copy, its default here) on
# `-q 1 --nthreads 2` and `-q 2 --nthreads 3`: `list` shows the threads,
# the daemon has N serving threads, fio --verify=crc32c (null: randrw)
# with a job per CPU, and the daemon's log shows every queue served by
# more than one thread; then (mem) kill -9 under writes with -r 1,
# recover, acknowledged data intact, fio verify on the recovered device.
. "${UBLKD_ROOT:-.}/tests/vm/lib.sh"
. "$UBLKD_ROOT/tests/vm/loop-lib.inc"
require_ublk
require_cmd fio
RUN=${UBLKD_RUN_DIR:-/run/ublkd}
on_exit "$UBLK del -a"
on_exit "rm -f /tmp/pio.$$ /tmp/pat.$$ /tmp/r.$$ /tmp/dd.$$"

# refused: exit 1, stderr names $2, no device $3 left
refused() {	# ARGS WANT ID
	$UBLK add $1 -n $3 >/tmp/pio.$$ 2>&1
	rc=$?
	[ $rc = 1 ] || fail "add $1: exit $rc, not 1: $(cat /tmp/pio.$$)"
	grep -q -- "$2" /tmp/pio.$$ ||
		fail "add $1: the refusal does not say '$2': $(cat /tmp/pio.$$)"
	[ -e /dev/ublkb$3 ] && fail "a refused add $1 left /dev/ublkb$3"
	$UBLK list -n $3 >/dev/null 2>&1 && fail "a refused add $1 left device $3"
	info "refused: add $1: $(grep -v '^#' /tmp/pio.$$ | tail -n 1)"
}

if ! has_feature PER_IO_DAEMON; then
	refused "-t null --nthreads 2 --per_io_tasks" UBLK_F_PER_IO_DAEMON 54
	refused "-t mem --size 16M -q 2 --nthreads 3 --per_io_tasks" \
		UBLK_F_PER_IO_DAEMON 54
	no_ublk_devs
	skip "this kernel's ublk driver has no UBLK_F_PER_IO_DAEMON (the refusal is right)"
fi

refused "-t null -d 2 --nthreads 3 --per_io_tasks" "serve nothing" 54
refused "-t null -q 2 --nthreads 1" "must equal the queue count" 54
refused "-t nbd --host 127.0.0.1 --export_name x --nthreads 2 --per_io_tasks" \
	"one NBD connection per queue" 54
if has_feature BATCH_IO; then
	refused "-t null -b --nthreads 2 --per_io_tasks" UBLK_F_BATCH_IO 54
fi

mnt=/tmp/pio-fs.$$
loop_fs $mnt 256
truncate -s 64M $mnt/backing || fail "truncate"

# served NQ NT ID: from the log of device ID's last daemon, every queue
# that served requests was served by more than one of its NT threads
served() {
	lines=$(grep 'ublkd: thread [0-9]* (tid' $RUN/ublkb$3.log | tail -n $2)
	[ "$(echo "$lines" | wc -l)" = "$2" ] ||
		fail "the log has no line for each of the $2 threads: $lines"
	echo "$lines" | sed 's/^/# /'
	q=0
	while [ $q -lt $1 ]; do
		n=$(echo "$lines" | grep -o " q$q [0-9]*" | awk '$2 > 0' | wc -l)
		[ "$n" -ge 2 ] ||
			fail "queue $q served by $n thread(s), not more than one"
		q=$((q + 1))
	done
}

# the daemon's own threads (io_uring's iou-* workers are tasks of it too)
ours() { cat /proc/$1/task/*/comm | grep -vc '^iou-'; }

id=55
for shape in "1 2" "2 3"; do
	set -- $shape
	nq=$1 nt=$2
	for tgt in "null" "mem --size 64M" "loop -f $mnt/backing"; do
		what="-t $tgt -q $nq --nthreads $nt --per_io_tasks"
		t0=$(now_ms)
		$UBLK add -t $tgt -n $id -q $nq --nthreads $nt --per_io_tasks \
			>/tmp/pio.$$ 2>&1 || fail "add $what: $(cat /tmp/pio.$$)"
		wait_dev /dev/ublkb$id 5 || fail "no device for $what"
		$UBLK list -n $id | grep -q "threads $nt, per_io_tasks" ||
			fail "list does not show $nt per-I/O threads: $($UBLK list -n $id)"
		$UBLK list -n $id --json | grep -q "\"nr_threads\":$nt,\"per_io_tasks\":true" ||
			fail "list --json does not show the threads"
		case $tgt in loop*)
			# zero copy: each thread's ring has its own slots
			! has_feature AUTO_BUF_REG ||
				$UBLK list -n $id | grep -q 'data path auto_zc' ||
				fail "loop is not on zero copy: $($UBLK list -n $id | grep 'data path')"
		esac
		pid=$($UBLK list -n $id | sed -n 's/.*daemon pid \([0-9]*\).*/\1/p')
		ntask=$(ours $pid)
		[ "$ntask" = $((nt + 1)) ] ||
			fail "$what: daemon has $ntask threads, not $nt + the main one: $(cat /proc/$pid/task/*/comm | tr '\n' ' ')"
		# a job per CPU: both queues get requests when there are two
		if [ "$tgt" = null ]; then
			run_fio --name=n --filename=/dev/ublkb$id --direct=1 \
				--ioengine=io_uring --rw=randrw --bs=4k \
				--iodepth=32 --size=32M --numjobs=2 \
				--cpus_allowed=0-1 --cpus_allowed_policy=split \
				--time_based --runtime=1 || fail "fio on $what"
		else
			fio_verify /dev/ublkb$id 4k 32 2M --numjobs=2 \
				--offset_increment=16M --cpus_allowed=0-1 \
				--cpus_allowed_policy=split
		fi
		$UBLK del -n $id || fail "del $what"
		wait_gone /dev/ublkb$id 5 || fail "$what: not gone"
		served $nq $nt $id
		info "$what: ok ($(($(now_ms) - t0)) ms)"
		id=$((id + 1))
	done
done

# user recovery: kill -9 under direct writes, recover, data intact
state() { $UBLK list -n $id | sed -n 's/.*state \([A-Z_]*\).*/\1/p'; }
wait_state() {	# STATE SECS
	_n=$(($2 * 10))
	while [ "$(state)" != "$1" ] && [ $_n -gt 0 ]; do sleep 0.1; _n=$((_n - 1)); done
	[ "$(state)" = "$1" ]
}
for tgt in "mem --size 64M"; do
	what="-t $tgt -q 2 --nthreads 3 --per_io_tasks -r 1"
	$UBLK add -t $tgt -n $id -q 2 --nthreads 3 --per_io_tasks -r 1 \
		>/tmp/pio.$$ 2>&1 || fail "add $what: $(cat /tmp/pio.$$)"
	wait_dev /dev/ublkb$id 5 || fail "no device for $what"
	dd if=/dev/urandom of=/tmp/pat.$$ bs=1M count=8 2>/dev/null
	pid=$($UBLK list -n $id | sed -n 's/.*daemon pid \([0-9]*\).*/\1/p')
	dd if=/tmp/pat.$$ of=/dev/ublkb$id bs=64k oflag=direct 2>/tmp/dd.$$ &
	ddpid=$!
	sleep 0.5
	kill -9 "$pid"
	wait_state QUIESCED 10 || fail "$what: device is $(state), not QUIESCED"
	$UBLK recover -n $id >/dev/null || fail "recover $what"
	wait $ddpid
	blocks=$(sed -n 's/^\([0-9]*\)+[0-9]* records out.*/\1/p' /tmp/dd.$$)
	[ -n "$blocks" ] || fail "cannot read dd's record count: $(cat /tmp/dd.$$)"
	[ "$(state)" = LIVE ] || fail "$what: not LIVE after recover"
	$UBLK list -n $id | grep -q "threads 3, per_io_tasks" ||
		fail "the recovered daemon is not per-I/O: $($UBLK list -n $id)"
	npid=$($UBLK list -n $id | sed -n 's/.*daemon pid \([0-9]*\).*/\1/p')
	[ "$npid" != "$pid" ] || fail "same daemon pid after recover"
	[ "$(ours $npid)" = 4 ] ||
		fail "the recovered daemon does not have 3 serving threads"
	if [ "$blocks" -gt 0 ]; then
		dd if=/dev/ublkb$id of=/tmp/r.$$ bs=64k count="$blocks" \
			iflag=direct 2>/dev/null
		dd if=/tmp/pat.$$ bs=64k count="$blocks" 2>/dev/null |
			cmp -s - /tmp/r.$$ || fail "$what: acknowledged data lost"
	fi
	fio_verify /dev/ublkb$id 4k 32 2M --offset=32M --numjobs=2 \
		--offset_increment=8M --cpus_allowed=0-1 \
		--cpus_allowed_policy=split
	$UBLK del -n $id || fail "del $what"
	wait_gone /dev/ublkb$id 5 || fail "$what: not gone"
	served 2 3 $id
	info "$what: $blocks x 64 KiB acknowledged before the kill, intact; recovered"
	id=$((id + 1))
done
no_ublk_devs
pass
