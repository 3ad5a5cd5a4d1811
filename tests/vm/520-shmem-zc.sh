#!/bin/sh
# Shared-memory zero copy (--shmem_zc, --htlb FILE, --rdonly_shmem_buf;
# UBLK_F_SHMEM_ZC, 7.1+). Everywhere: the bad lines are refused (no
# FILE, a missing FILE, with -z, with -g 1) and leave nothing; where the
# kernel lacks the flag, `add --htlb` is refused naming it (then the
# test skips). Where it has it: loop (ext4 file), mem and null serve
# fio's O_DIRECT I/O from its own MAP_SHARED mapping of the file (fio
# --iomem=mmapshared:FILE) under --verify=crc32c, and the daemon counts
# those requests as served in the shared buffer (so the kernel matched
# them: nothing copied); I/O from other memory is copied as usual and
# verifies too; read-only registration matches WRITEs only; on
# hugetlbfs where the kernel has it; user recovery of a --htlb device
# (the old registration stands) serves in place again.
. "${UBLKD_ROOT:-.}/tests/vm/lib.sh"
. "$UBLKD_ROOT/tests/vm/loop-lib.inc"
require_ublk
require_cmd fio $MKFS_EXT4
RUN=${UBLKD_RUN_DIR:-/run/ublkd}
on_exit "$UBLK del -a"
buf=/dev/shm/ublkd-shmzc.$$
on_exit "rm -f $buf"
truncate -s 16M $buf || fail "truncate $buf"

# refused: exit EXIT, the message matching PAT, nothing left
refused() {	# EXIT PAT add-args...
	_rc=$1 _pat=$2
	shift 2
	$UBLK add -n 90 "$@" >/tmp/shm.err 2>&1
	_got=$?
	[ $_got = "$_rc" ] || fail "add $*: exit $_got, not $_rc: $(cat /tmp/shm.err)"
	grep -q -- "$_pat" /tmp/shm.err || fail "add $*: no clear message: $(cat /tmp/shm.err)"
	[ -e /dev/ublkb90 ] && fail "add $*: a refused add left /dev/ublkb90"
	$UBLK list -n 90 >/dev/null 2>&1 && fail "add $*: a refused add left device 90"
	return 0
}
refused 2 'needs --htlb' -t null --rdonly_shmem_buf
refused 1 'No such file' -t null --htlb /nonexistent/buf
refused 2 conflicts -t null --htlb $buf -z
refused 2 conflicts -t null --shmem_zc --usercopy
refused 2 'conflicts with -g 1' -t mem --size 16M --htlb $buf -g 1
if ! has_feature SHMEM_ZC; then
	refused 1 UBLK_F_SHMEM_ZC -t null --htlb $buf
	refused 1 UBLK_F_SHMEM_ZC -t mem --size 16M --shmem_zc
	no_ublk_devs
	skip "this kernel's ublk driver has no UBLK_F_SHMEM_ZC (the refusal is right)"
fi

path_of() { $UBLK list -n "$1" | sed -n 's/^[[:space:]]*data path //p'; }
# in_place ID: the requests the stopped daemon served in the shared buffer
in_place() {
	grep 'stopped after' $RUN/ublkb$1.log | tail -n 1 |
		sed -n 's/.*; \([0-9]*\) in the shared buffer.*/\1/p'
}
check_dev() {	# ID
	[ "$(path_of $1)" = "copy, shmem_zc" ] ||
		fail "dev $1: data path '$(path_of $1)', not 'copy, shmem_zc'"
	dev_has_flag $1 SHMEM_ZC || fail "dev $1: SHMEM_ZC not granted"
	$UBLK list -n $1 --json | grep -q '"shmem_zc":true' ||
		fail "dev $1: --json has no shmem_zc true"
}
# del_count ID MIN [MAX]: delete, the in-place count in [MIN, MAX]
del_count() {
	$UBLK del -n $1 || fail "del $1"
	wait_gone /dev/ublkb$1 5 || fail "ublkb$1 stays"
	n=$(in_place $1)
	[ "${n:-0}" -ge $2 ] ||
		fail "dev $1: ${n:-no} requests served in the shared buffer, want >= $2"
	[ -z "${3:-}" ] || [ "$n" -le "$3" ] ||
		fail "dev $1: $n requests served in the shared buffer, want <= $3"
	info "dev $1: $n requests in the shared buffer"
}
SHM="--iomem=mmapshared:$buf"

mnt=/tmp/shm.$$
loop_fs $mnt
f=$mnt/backing
truncate -s 64M $f || fail "truncate"

# loop, 2 queues: 4k and 128k from the shared buffer, then 4k from fio's
# own memory (copied); 4096 4k writes + their 4096 reads are in place
loop_add 91 -q 2 -f $f --htlb $buf
check_dev 91
fio_verify /dev/ublkb91 4k 32 16M $SHM
fio_verify /dev/ublkb91 128k 8 32M $SHM
fio_verify /dev/ublkb91 4k 16 8M
del_count 91 8192

# mem (its NEED_GET_DATA default off: the data is where the client put it)
$UBLK add -t mem --size 64M -n 92 --htlb $buf >/dev/null || fail "add mem"
wait_dev /dev/ublkb92 5 || fail "no mem device"
check_dev 92
fio_verify /dev/ublkb92 4k 32 16M $SHM
fio_verify /dev/ublkb92 64k 8 16M
del_count 92 8192

# null: reads in place
$UBLK add -t null -n 93 --htlb $buf >/dev/null || fail "add null"
wait_dev /dev/ublkb93 5 || fail "no null device"
check_dev 93
run_fio --name=n --filename=/dev/ublkb93 --direct=1 --ioengine=io_uring \
	--rw=randread --bs=4k --iodepth=32 --size=16M $SHM || fail "null fio"
del_count 93 4096

# read-only registration: WRITEs in place, READs copied (verify holds)
loop_add 94 -f $f --htlb $buf --rdonly_shmem_buf
check_dev 94
fio_verify /dev/ublkb94 4k 32 16M $SHM
del_count 94 4096 4096

# hugetlbfs, where the kernel has it and pages can be reserved
if grep -q hugetlbfs /proc/filesystems &&
	echo 16 >/proc/sys/vm/nr_hugepages 2>/dev/null &&
	[ "$(cat /proc/sys/vm/nr_hugepages)" -ge 8 ]; then
	mkdir -p /tmp/htlb.$$ && mount -t hugetlbfs none /tmp/htlb.$$ ||
		fail "mount hugetlbfs"
	on_exit "umount /tmp/htlb.$$"
	hb=/tmp/htlb.$$/buf
	truncate -s 16M $hb || fail "truncate on hugetlbfs"
	loop_add 95 -f $f --htlb $hb
	fio_verify /dev/ublkb95 64k 16 16M --iomem=mmaphuge:$hb
	del_count 95 512
	rm -f $hb
else
	info "no hugetlbfs pages here: the hugetlbfs case not run"
fi

# user recovery: kill the daemon, recover, served in place again
loop_add 96 -f $f --htlb $buf -r 1
fio_verify /dev/ublkb96 4k 32 8M $SHM
pid=$($UBLK list -n 96 | sed -n 's/.*daemon pid \([0-9]*\).*/\1/p')
kill -9 "$pid" || fail "kill the daemon"
i=0
until $UBLK list -n 96 | grep -q 'state QUIESCED'; do
	i=$((i + 1))
	[ $i -lt 100 ] || fail "not QUIESCED after the kill"
	sleep 0.1
done
(cd / && $UBLK recover -n 96 >/dev/null) || fail "recover"
fio_verify /dev/ublkb96 4k 32 8M $SHM
del_count 96 2048
no_ublk_devs
pass
