#!/bin/sh
# Batched commands (-b / --batch-io / --batch, UBLK_F_BATCH_IO, 7.0+).
# Where the kernel lacks the flag, `add -b` is refused naming
# UBLK_F_BATCH_IO, exit 1, nothing left (then the test skips). Where it
# has it: -b with -g 1 is refused (no NEED_GET_DATA with batches); loop
# on an ext4 file (zero copy, its default here, and --copy), mem (its
# default copy path, -z, --usercopy) and null (zero copy and --copy),
# each path on 1 or 2 queues (both counts per target): `list` shows the
# batch and the flag, fio --verify=crc32c at 4k iodepth 32 and 128k
# iodepth 8 (null: a 4k iodepth 128 randrw run), more requests per fetch buffer than it
# holds (the fetch re-arms); mixed writes, flushes and discards on mem
# and loop (the daemon's log counts them), and a verify after; ext4 +
# fsck on a batched loop device; a forced automatic-registration failure
# served by hand (the fallback in every element); the three spellings;
# live upgrade (QUIESCE) of a batched device, data intact; user recovery
# with -b (tests/vm/400 with RECOVERY_OPTS="-r 1 -b").
. "${UBLKD_ROOT:-.}/tests/vm/lib.sh"
. "$UBLKD_ROOT/tests/vm/loop-lib.inc"
require_ublk
require_cmd fio $MKFS_EXT4
RUN=${UBLKD_RUN_DIR:-/run/ublkd}
on_exit "$UBLK del -a"
path_of() { $UBLK list -n "$1" | sed -n 's/^[[:space:]]*data path //p'; }

# refused where the kernel does not offer it
if ! has_feature BATCH_IO; then
	for t in "null" "mem --size 16M"; do
		$UBLK add -t $t -n 70 -b >/tmp/b.err 2>&1
		rc=$?
		[ $rc = 1 ] || fail "add -t $t -b: exit $rc, not 1: $(cat /tmp/b.err)"
		grep -q 'UBLK_F_BATCH_IO' /tmp/b.err ||
			fail "the refusal does not name UBLK_F_BATCH_IO: $(cat /tmp/b.err)"
		[ -e /dev/ublkb70 ] && fail "a refused -b left /dev/ublkb70"
		$UBLK list -n 70 >/dev/null 2>&1 && fail "a refused -b left device 70"
	done
	no_ublk_devs
	skip "this kernel's ublk driver has no UBLK_F_BATCH_IO (the refusal is right)"
fi

# -g 1 (NEED_GET_DATA) has no batched form
$UBLK add -t mem --size 16M -n 70 -b -g 1 >/tmp/b.err 2>&1 &&
	fail "-b -g 1 accepted"
grep -q 'NEED_GET_DATA' /tmp/b.err || fail "-b -g 1: $(cat /tmp/b.err)"
[ -e /dev/ublkb70 ] && fail "-b -g 1 left /dev/ublkb70"

mnt=/tmp/bt.$$
loop_fs $mnt
f=$mnt/backing
truncate -s 64M $f || fail "truncate"

# check_batched ID WANT_PATH: list shows the path, ", batch" and the flag
check_batched() {
	p=$(path_of $1)
	[ "$p" = "$2, batch" ] || fail "dev $1: data path '$p', not '$2, batch'"
	dev_has_flag $1 BATCH_IO || fail "dev $1: BATCH_IO not granted"
	$UBLK list -n $1 --json | grep -q '"batch_io":true' ||
		fail "dev $1: --json has no batch_io true"
}

# counts ID: the daemon's request counts (its log's last line, at stop)
counts() { grep 'stopped after' $RUN/ublkb$1.log | tail -n 1; }

zc=copy
has_feature AUTO_BUF_REG && { has_feature SUPPORT_ZERO_COPY && zc=auto_zc_fallback || zc=auto_zc; }
id=71
# each target's paths alternate between 1 and 2 queues (both counts for
# every target, every path once: the whole cross product took 174 s)
k=0
nextq() { k=$((k + 1)); q=$((1 + k % 2)); }
# loop: zero copy (its default where AUTO_BUF_REG exists), --copy
for o in "" --copy; do
	nextq
	loop_add $id -q $q -f $f -b $o
	want=$zc
	[ -n "$o" ] && want=copy
	check_batched $id $want
	fio_verify /dev/ublkb$id 4k 32 16M
	fio_verify /dev/ublkb$id 128k 8 16M
	info "loop -q $q -b $o ($want): verify ok"
	loop_del $id
done
# mem: its copy path (READs bounce: no NEED_GET_DATA), -z, --usercopy
for o in "" -z --usercopy; do
	case $o in
	-z) has_feature AUTO_BUF_REG || has_feature SUPPORT_ZERO_COPY || continue
	    want=$zc; has_feature AUTO_BUF_REG || want=zero_copy ;;
	--usercopy) has_feature USER_COPY || continue; want=user_copy ;;
	*) want=copy ;;
	esac
	nextq
	$UBLK add -t mem --size 64M -n $id -q $q -b $o >/dev/null ||
		fail "add mem -q $q -b $o"
	wait_dev /dev/ublkb$id 5 || fail "no mem device"
	check_batched $id $want
	fio_verify /dev/ublkb$id 4k 32 16M
	fio_verify /dev/ublkb$id 128k 8 16M --numjobs=2 \
		--offset_increment=32M
	info "mem -q $q -b $o ($want): verify ok"
	$UBLK del -n $id || fail "del mem"
	wait_gone /dev/ublkb$id 5 || fail "mem device stays"
done
# null: zero copy and --copy; six times more requests than a fetch
# buffer holds tags (2048), so the fetches run out and re-arm
for o in "" --copy; do
	nextq
	want=$zc
	[ -n "$o" ] && want=copy
	$UBLK add -t null -n $id -q $q -b $o >/dev/null ||
		fail "add null -q $q -b $o"
	wait_dev /dev/ublkb$id 5 || fail "no null device"
	check_batched $id $want
	run_fio --name=n --filename=/dev/ublkb$id --direct=1 \
		--ioengine=io_uring --rw=randrw --bs=4k --iodepth=128 \
		--size=64M --io_size=48M ||
		fail "null -q $q -b $o: fio"
	$UBLK del -n $id || fail "del null"
	wait_gone /dev/ublkb$id 5 || fail "null device stays"
	n=$(counts $id | sed -n 's/.*stopped after \([0-9]*\) requests.*/\1/p')
	[ "${n:-0}" -ge 12000 ] ||
		fail "null -q $q -b $o: the daemon served ${n:-no} requests, not 12000+"
	info "null -q $q -b $o ($want): $n requests"
done

# mixed: writes with flushes (a write cache is advertised), discards,
# reads; then the written data verifies
mixed() {	# ID: the device is up
	run_fio --name=w --filename=/dev/ublkb$1 --direct=1 --ioengine=io_uring \
		--rw=randwrite --bs=16k --iodepth=16 --size=16M --fsync=4 \
		--verify=crc32c --do_verify=1 --verify_fatal=1 --randrepeat=0 \
		--name=t --filename=/dev/ublkb$1 --direct=1 --ioengine=io_uring \
		--rw=randtrim --bs=64k --iodepth=8 --offset=32M --size=16M \
		--name=r --filename=/dev/ublkb$1 --direct=1 --ioengine=io_uring \
		--rw=randread --bs=4k --iodepth=32 --offset=48M --size=16M ||
		fail "dev $1: mixed fio"
	$UBLK del -n $1 || fail "del $1"
	wait_gone /dev/ublkb$1 5 || fail "dev $1 stays"
	c=$(counts $1)
	fl=$(echo "$c" | sed -n 's/.* flush \([0-9]*\).*/\1/p')
	di=$(echo "$c" | sed -n 's/.* discard \([0-9]*\).*/\1/p')
	[ "${fl:-0}" -gt 0 ] && [ "${di:-0}" -gt 0 ] ||
		fail "dev $1: flushes/discards did not reach the target: $c"
	info "dev $1 mixed: $c"
}
$UBLK add -t mem --size 64M -n 80 -q 2 -b --volatile_cache >/dev/null ||
	fail "add mem -b --volatile_cache"
wait_dev /dev/ublkb80 5 || fail "no device 80"
mixed 80
loop_add 81 -q 2 -f $f -b --volatile_cache
mixed 81
loop_add 82 -f $f -b --copy --volatile_cache
mixed 82

# ext4 + fsck on a batched loop device
loop_add 83 -f $f -b
ext4_roundtrip /dev/ublkb83 "batched"
loop_del 83

# the fallback: every 3rd element names a slot past the table, the
# kernel's registration fails and the request is registered by hand
if has_feature AUTO_BUF_REG && has_feature SUPPORT_ZERO_COPY; then
	forced_fallback 84 -q 2 -f $f -b --auto_zc_fallback
	info "forced fallback with -b: verify ok"
fi

# the other two spellings
for o in --batch-io --batch; do
	$UBLK add -t null -n 85 $o >/dev/null || fail "add $o"
	dev_has_flag 85 BATCH_IO || fail "$o: BATCH_IO not granted"
	$UBLK del -n 85 || fail "del 85"
	wait_gone /dev/ublkb85 5 || fail "85 stays"
done
# without -b the flag is not asked for
$UBLK add -t null -n 85 >/dev/null || fail "add null"
dev_has_flag 85 BATCH_IO && fail "BATCH_IO granted without -b"
$UBLK del -n 85 || fail "del 85"
wait_gone /dev/ublkb85 5 || fail "85 stays"

# live upgrade with batches (QUIESCE): the new daemon PREPs and fetches
if has_feature QUIESCE; then
	$UBLK add -t mem --size 64M -n 87 -r 1 -b >/dev/null || fail "add -r 1 -b"
	wait_dev /dev/ublkb87 5 || fail "no device 87"
	dd if=/dev/urandom of=/tmp/bpat.$$ bs=64k count=32 2>/dev/null
	on_exit "rm -f /tmp/bpat.$$ /tmp/bback.$$"
	dd if=/tmp/bpat.$$ of=/dev/ublkb87 bs=64k oflag=direct 2>/dev/null ||
		fail "write before the upgrade"
	old=$($UBLK list -n 87 | sed -n 's/.*daemon pid \([0-9]*\).*/\1/p')
	timeout 30 $UBLK recover --upgrade -n 87 >/dev/null || fail "recover --upgrade -b"
	new=$($UBLK list -n 87 | sed -n 's/.*daemon pid \([0-9]*\).*/\1/p')
	[ -n "$new" ] && [ "$new" != "$old" ] || fail "upgrade: daemon pid $old -> $new"
	dev_has_flag 87 BATCH_IO || fail "upgraded device lost BATCH_IO"
	timeout 10 dd if=/dev/ublkb87 of=/tmp/bback.$$ bs=64k count=32 iflag=direct 2>/dev/null ||
		fail "read after the upgrade"
	cmp -s /tmp/bpat.$$ /tmp/bback.$$ || fail "data changed across the upgrade"
	$UBLK del -n 87 || fail "del 87"
	wait_gone /dev/ublkb87 5 || fail "87 stays"
	info "live upgrade with -b: data intact, new daemon $new"
fi

# user recovery with batches: kill -9 mid-stream, recover, data intact
RECOVERY_OPTS="-r 1 -b" RECOVERY_ID=86 sh "$UBLKD_ROOT/tests/vm/400-recovery-mem.sh" ||
	fail "recovery with -b (tests/vm/400, RECOVERY_OPTS='-r 1 -b') failed"
no_ublk_devs
pass
