#!/bin/sh
# Zero copy (-z, --auto_zc, --auto_zc_fallback): where the kernel lacks
# what a path needs, `add` refuses it naming the flag and leaves nothing.
# Where it has it: loop on an ext4 file (O_DIRECT), mem and null under
# each path, fio --verify=crc32c with 2 queues (-z: 4k/128k x iodepth 1/32 and
# two jobs; the others 4k and 128k), the path shown by `list`; ext4 + fsck on a zero-copy loop device; a forced
# registration failure (UBLKD_TEST_AUTO_REG_FAIL) is served by hand with
# the fallback (verify clean, no splat) and fails only its request
# without it; `--copy` and -z together are refused. The default path:
# zero copy for null and loop where the kernel has AUTO_BUF_REG, copy
# elsewhere and with --copy; mem keeps NEED_GET_DATA unless -z.
. "${UBLKD_ROOT:-.}/tests/vm/lib.sh"
. "$UBLKD_ROOT/tests/vm/loop-lib.inc"
require_ublk
require_cmd fio $MKFS_EXT4
mnt=/tmp/zc.$$
loop_fs $mnt
on_exit "$UBLK del -a"
f=$mnt/backing
truncate -s 64M $f || fail "truncate"
path_of() { $UBLK list -n "$1" | sed -n 's/^[[:space:]]*data path //p'; }

# refused: two data paths at once
if $UBLK add -t null -n 50 -z --copy >/tmp/zc.err 2>&1; then
	fail "-z --copy accepted"
fi
grep -q 'conflicts' /tmp/zc.err || fail "no clear message: $(cat /tmp/zc.err)"
[ -e /dev/ublkb50 ] && fail "a refused add left /dev/ublkb50"

if ! has_feature AUTO_BUF_REG; then
	for o in --auto_zc --auto_zc_fallback; do
		if $UBLK add -t loop -n 51 -f $f $o >/tmp/zc.err 2>&1; then
			fail "$o accepted without AUTO_BUF_REG"
		fi
		grep -q 'UBLK_F_AUTO_BUF_REG' /tmp/zc.err ||
			fail "$o: the refusal does not name the flag: $(cat /tmp/zc.err)"
		[ -e /dev/ublkb51 ] && fail "$o: refused add left a device"
	done
	if ! has_feature SUPPORT_ZERO_COPY; then
		if $UBLK add -t loop -n 51 -f $f -z >/tmp/zc.err 2>&1; then
			fail "-z accepted without zero copy"
		fi
		grep -q 'SUPPORT_ZERO_COPY' /tmp/zc.err || fail "-z: $(cat /tmp/zc.err)"
		[ -e /dev/ublkb51 ] && fail "-z: refused add left a device"
	fi
fi


want_path() {	# option -> the path list reports
	case $1 in
	-z) has_feature AUTO_BUF_REG && {
		has_feature SUPPORT_ZERO_COPY && echo auto_zc_fallback ||
		echo auto_zc; } || echo zero_copy ;;
	--auto_zc) echo auto_zc ;;
	--auto_zc_fallback) echo auto_zc_fallback ;;
	esac
}

# the default: zero copy where the kernel registers by itself, --copy not
for t in null mem; do
	$UBLK add -t $t --size 16M -n 50 >/dev/null || fail "add $t"
	$UBLK add -t $t --size 16M -n 51 --copy >/dev/null || fail "add $t --copy"
	want=copy
	[ $t = mem ] && want=get_data
	[ "$(path_of 51)" = $want ] || fail "$t --copy: data path $(path_of 51)"
	has_feature AUTO_BUF_REG && [ $t = null ] && want=$(want_path -z)
	[ "$(path_of 50)" = $want ] || fail "$t default: data path $(path_of 50), not $want"
	$UBLK del -n 50 && $UBLK del -n 51 || fail "del"
	wait_gone /dev/ublkb51 5 || fail "51 stays"
done
has_feature AUTO_BUF_REG || has_feature SUPPORT_ZERO_COPY || {
	no_ublk_devs
	skip "this kernel has no zero copy (the refusals and the copy default are right)"
}

id=52
for o in -z --auto_zc --auto_zc_fallback; do
	has_feature AUTO_BUF_REG || [ $o = -z ] || continue
	loop_add $id -q 2 -f $f $o
	p=$(path_of $id)
	[ "$p" = "$(want_path $o)" ] || fail "$o: list says data path '$p'"
	if [ $o = -z ]; then	# the full matrix once, the variants briefly
		for bs in 4k 128k; do
			for qd in 1 32; do
				sz=16M
				[ $qd = 1 ] && sz=4M	# iodepth 1: the slow one
				fio_verify /dev/ublkb$id $bs $qd $sz
			done
		done
		fio_verify /dev/ublkb$id 16k 32 32M --numjobs=2 \
			--offset_increment=32M
	else
		fio_verify /dev/ublkb$id 4k 32 8M
		fio_verify /dev/ublkb$id 128k 8 16M
	fi
	info "loop $o ($p): verify ok"
	loop_del $id

	$UBLK add -t mem --size 64M -n $id -q 2 $o >/dev/null || fail "mem $o"
	wait_dev /dev/ublkb$id 5 || fail "no mem device"
	p=$(path_of $id)
	[ "$p" = "$(want_path $o)" ] || fail "mem $o: list says data path '$p'"
	fio_verify /dev/ublkb$id 4k 32 16M
	fio_verify /dev/ublkb$id 128k 8 32M --numjobs=2 --offset_increment=32M
	$UBLK del -n $id || fail "del mem"
	wait_gone /dev/ublkb$id 5 || fail "mem device stays"

	$UBLK add -t null -n $id -q 2 $o >/dev/null || fail "null $o"
	wait_dev /dev/ublkb$id 5 || fail "no null device"
	run_fio --name=n --filename=/dev/ublkb$id --direct=1 --ioengine=io_uring \
		--rw=randrw --bs=64k --iodepth=16 --size=64M --runtime=2 \
		--time_based || fail "null $o: fio"
	$UBLK del -n $id || fail "del null"
	wait_gone /dev/ublkb$id 5 || fail "null device stays"
	id=$((id + 1))
done

# ext4 + fsck on a zero-copy loop device
loop_add 60 -f $f -z
ext4_roundtrip /dev/ublkb60 "zero-copy"
loop_del 60

if has_feature AUTO_BUF_REG && has_feature SUPPORT_ZERO_COPY; then
	# every 3rd command names a slot past the table: the kernel's
	# registration fails, the request comes flagged and is registered
	# by hand; the data must still be right
	forced_fallback 61 -q 2 -f $f --auto_zc_fallback
	info "forced fallback: verify ok"
fi
if has_feature AUTO_BUF_REG; then
	# without the fallback a failed registration fails that request only
	# (no partition scan where the kernel can skip it: its reads would fail)
	UBLKD_TEST_AUTO_REG_FAIL=1 $UBLK add -t null -n 62 --auto_zc $(no_part_scan) \
		>/dev/null || fail "null --auto_zc (fault)"
	wait_dev /dev/ublkb62 5 || fail "no device 62"
	if dd if=/dev/ublkb62 of=/dev/null bs=4k count=1 iflag=direct 2>/dev/null; then
		fail "a read whose registration failed succeeded"
	fi
	$UBLK list -n 62 | grep -q 'state LIVE' || fail "device not LIVE after the failed read"
	$UBLK del -n 62 || fail "del 62"
	wait_gone /dev/ublkb62 5 || fail "device 62 stays"
fi
no_ublk_devs
pass
