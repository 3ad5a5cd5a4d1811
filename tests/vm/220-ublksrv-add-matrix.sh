#!/bin/sh
# `ublk add` lines as ublksrv's users and tests write them (null, loop and
# mem; -q 1/2/4, --nthreads N --per_io_tasks, -u 0/1, -g 0/1, -r 1 -i 0/1, -r 1 -e 1, long forms,
# target options before and after the generic ones): each one makes a
# device that `list` shows with what was asked (queues, flags) and that
# serves a short fio job (crc32c verify where the target keeps data).
# A line whose flag the kernel does not offer (-e 1 before 6.13) is
# refused with a message naming the flag, exit != 0 and no device left.
. "${UBLKD_ROOT:-.}/tests/vm/lib.sh"
require_ublk
require_cmd fio
on_exit "$UBLK del -a"
IMG=/tmp/m500.$$.img
on_exit "rm -f $IMG /tmp/o.$$ /tmp/e.$$"
truncate -s 64M $IMG || fail "backing file"
ID=50
FEAT=$($UBLK features) || fail "features"
offered() { echo "$FEAT" | grep -q "UBLK_F_$1 "; }
n_ok=0 n_refused=0
NCPU=$(grep -c '^processor' /proc/cpuinfo)

# io KIND: a short fio job on /dev/ublkb$ID (verify: crc32c on a target
# that keeps data; rw: errors only, for null)
io() {
	if [ "$1" = verify ]; then
		run_fio --name=v --filename=/dev/ublkb$ID --direct=1 \
			--ioengine=io_uring --rw=randwrite --bs=4k --iodepth=16 \
			--size=4M --verify=crc32c --do_verify=1 --verify_fatal=1 \
			--randrepeat=0 >/tmp/o.$$ 2>&1
	else
		run_fio --name=rw --filename=/dev/ublkb$ID --direct=1 \
			--ioengine=io_uring --rw=randrw --bs=4k --iodepth=16 \
			--size=4M >/tmp/o.$$ 2>&1
	fi
	_rc=$?
	cat /tmp/o.$$
	return $_rc
}

# line IO WANT_FLAGS NOT_FLAGS NEEDS ARGS...: add ARGS (with -n $ID at the
# end, as ublksrv's users write it), check `list` (queues from -q, each of
# WANT_FLAGS granted, none of NOT_FLAGS), run fio, delete. NEEDS: a flag
# (UBLK_F_ spelling without the prefix) the line needs from the kernel, or
# -; where it is not offered the line must be refused naming it.
line() {
	_io=$1 _want=$2 _not=$3 _needs=$4
	shift 4
	if [ "$_needs" != - ] && ! offered "$_needs"; then
		$UBLK add "$@" -n $ID >/tmp/o.$$ 2>/tmp/e.$$ &&
			fail "'ublk add $*' succeeded without UBLK_F_$_needs"
		grep -q "UBLK_F_$_needs" /tmp/e.$$ ||
			fail "'ublk add $*': refusal does not name UBLK_F_$_needs: $(cat /tmp/e.$$)"
		$UBLK list -n $ID >/dev/null 2>&1 && fail "'ublk add $*' left a device"
		[ -e /dev/ublkb$ID ] && fail "'ublk add $*' left /dev/ublkb$ID"
		info "refused (no UBLK_F_$_needs): ublk add $*"
		n_refused=$((n_refused + 1))
		return 0
	fi
	$UBLK add "$@" -n $ID >/tmp/o.$$ 2>/tmp/e.$$ || {
		cat /tmp/e.$$
		fail "ublk add $* -n $ID"
	}
	grep -q "^dev id $ID: " /tmp/o.$$ || fail "add did not print 'dev id $ID:'"
	wait_dev /dev/ublkb$ID 5 || fail "no /dev/ublkb$ID after 'ublk add $*'"
	$UBLK list -n $ID >/tmp/o.$$ || fail "list -n $ID"
	_q=$(sed -n 's/.*nr_hw_queues \([0-9]*\).*/\1/p' /tmp/o.$$)
	_wq=1
	_prev=
	for _a in "$@"; do
		case $_prev in -q|--queues) _wq=$_a ;; esac
		_prev=$_a
	done
	# the kernel caps the queues at the CPU count
	[ "$_wq" -gt "$NCPU" ] && _wq=$NCPU
	[ "$_q" = "$_wq" ] || fail "'ublk add $*': nr_hw_queues $_q, want $_wq"
	grep -q 'state LIVE' /tmp/o.$$ || fail "'ublk add $*': not LIVE"
	_fl=$(grep 'flags 0x' /tmp/o.$$)
	for _f in $_want; do
		echo "$_fl" | grep -q "[[ ]$_f[] ]" ||
			fail "'ublk add $*': flag $_f not granted ($_fl)"
	done
	for _f in $_not; do
		echo "$_fl" | grep -q "[[ ]$_f[] ]" &&
			fail "'ublk add $*': flag $_f set, not asked for ($_fl)"
	done
	io "$_io" || fail "fio on 'ublk add $*'"
	$UBLK del -n $ID || fail "del after 'ublk add $*'"
	wait_gone /dev/ublkb$ID 5 || fail "/dev/ublkb$ID stays after del"
	info "ok: ublk add $*"
	n_ok=$((n_ok + 1))
}

# null: the issue's lines and the queue counts
line rw "" "NEED_GET_DATA RECOVERY" - -t null -q 1 -u 0 -g 0
line rw "" NEED_GET_DATA - -t null -q 2 -u 1 -g 0
line rw "NEED_GET_DATA RECOVERY" RECOVERY_REISSUE - -t null -q 4 -u 1 -g 1 -r 1 -i 0
line rw "" RECOVERY - -t null -r 0 -i 0 -e 0
line rw "RECOVERY RECOVERY_REISSUE" - - -t null -q 2 -r 1 -i 1 -d 64
# loop: target options before and after the generic ones
line verify NEED_GET_DATA - - -t loop -q 1 -g 1 -f $IMG
line verify "RECOVERY RECOVERY_REISSUE" NEED_GET_DATA - -f $IMG -t loop -q 2 -u 1 -r 1 -i 1
line verify "RECOVERY RECOVERY_FAIL_IO" RECOVERY_REISSUE USER_RECOVERY_FAIL_IO \
	-t loop -q 4 -f $IMG -g 0 -r 1 -e 1
line verify NEED_GET_DATA - - --buffered_io -t loop -f $IMG -q 2 -d 64 -u 0 -g 1 --nthreads 2
# the kernel selftest's per-I/O daemons (6.16+; refused naming the flag before)
line verify "" - PER_IO_DAEMON -t loop -q 2 --nthreads 4 --per_io_tasks -f $IMG
line rw "" - PER_IO_DAEMON --per_io_tasks -t null -q 4 -d 16 --nthreads 3
# ublksrv's long forms; -i 1 alone turns recovery on, as in ublksrv
line verify "NEED_GET_DATA RECOVERY RECOVERY_REISSUE" - - --type loop --file $IMG \
	--queues 2 --depth 32 --uring_comp 1 --need_get_data 1 --user_recovery_reissue 1
# mem asks for NEED_GET_DATA itself; -g 0 turns it off (the bounce path)
line verify NEED_GET_DATA - - -t mem --size 32M -q 2
line verify "" NEED_GET_DATA - -t mem -q 2 -g 0 --size 32M
line verify NEED_GET_DATA - - -t mem -g 1 -q 1 --size 32M -r 1 -i 0
no_ublk_devs
pass "$n_ok ublksrv-style add lines served I/O, $n_refused refused for a missing flag"
