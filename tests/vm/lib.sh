# Helpers for the VM tests (tests/vm/NNN-*.sh), POSIX/busybox sh.
# Source it first:  . "${UBLKD_ROOT:-.}/tests/vm/lib.sh"
#
# A test exits 0 = pass, 4 = skip (its last output line is the reason),
# anything else = fail. vm/runner.sh runs each test in its own session with
# a timeout, from the repo root (/ublkd in the guest) and kills what the test
# leaves running.
#
# Environment set by the runner / the guest's init:
#   UBLKD_ROOT          repo root (/ublkd in the guest)
#   UBLKD_IN_VM=1       running inside the qemu guest
#   UBLKD_ASAN=1        test the ASan/UBSan build (build-asan/ublk)
#   UBLKD_SCRATCH_DISK  a zeroed 2 GiB virtio disk (/dev/vda) for tests that
#                       need a real disk (e.g. an ext4 for O_DIRECT backing
#                       files); unset when there is none. /tmp is tmpfs.
# In busybox sh, applets shadow PATH: call util-linux/e2fsprogs tools by
# full path ($LOSETUP, $BLKDISCARD, $BLOCKDEV, $MKFS_EXT4, $E2FSCK).

UBLKD_ROOT=${UBLKD_ROOT:-$PWD}
LOSETUP=/usr/sbin/losetup
BLKDISCARD=/usr/sbin/blkdiscard
BLOCKDEV=/usr/sbin/blockdev
MKFS_EXT4=/usr/sbin/mkfs.ext4
E2FSCK=/usr/sbin/e2fsck

skip() { echo "SKIP: $*"; exit 4; }
fail() { echo "FAIL: $*" >&2; exit 1; }
pass() { echo "PASS${1:+: $*}"; exit 0; }
info() { echo "# $*"; }

# require_cmd CMD...: skip unless each is a command or an executable path
require_cmd() {
	for c in "$@"; do
		case $c in
		/*) [ -x "$c" ] || skip "$c not available" ;;
		*) command -v "$c" >/dev/null 2>&1 || skip "$c not available" ;;
		esac
	done
}

# ublk_bin: print the ublk binary under test (ASan build if UBLKD_ASAN=1);
# returns 1 if it is not built. require_ublk: set $UBLK or skip.
ublk_bin() {
	if [ "${UBLKD_ASAN:-0}" = 1 ]; then
		b=$UBLKD_ROOT/build-asan/ublk
	else
		b=$UBLKD_ROOT/build/ublk
	fi
	[ -x "$b" ] || return 1
	echo "$b"
}
require_ublk() {
	UBLK=$(ublk_bin) || skip "ublk binary not built"
	[ -c /dev/ublk-control ] || skip "no /dev/ublk-control (ublk_drv not loaded)"
}

# has_feature NAME: the driver offers UBLK_F_NAME (`ublk features`, asked
# once per test)
has_feature() {
	[ -n "${_ublkd_feat:-}" ] || _ublkd_feat=$($UBLK features)
	echo "$_ublkd_feat" | grep -q "UBLK_F_$1\([^A-Z_]\|$\)"
}

# no_part_scan: prints --no_auto_part_scan where the driver offers it
# (nothing elsewhere): for an add whose test must not see the scan's reads
no_part_scan() {
	if has_feature NO_AUTO_PART_SCAN; then echo --no_auto_part_scan; fi
}

# load_module NAME [PARAM=VALUE...]: (re)load a kernel module with params
load_module() {
	m=$1
	shift
	rmmod "$m" 2>/dev/null
	modprobe "$m" "$@" || fail "cannot load module $m $*"
}

# wait_dev PATH [SECS]: wait until PATH is a block device (default 10 s)
wait_dev() {
	_n=$(( ${2:-10} * 10 ))
	while [ "$_n" -gt 0 ]; do
		[ -b "$1" ] && return 0
		sleep 0.1
		_n=$((_n - 1))
	done
	echo "wait_dev: $1 did not appear" >&2
	return 1
}

# wait_gone PATH [SECS]: wait until PATH no longer exists
wait_gone() {
	_n=$(( ${2:-10} * 10 ))
	while [ "$_n" -gt 0 ]; do
		[ -e "$1" ] || return 0
		sleep 0.1
		_n=$((_n - 1))
	done
	echo "wait_gone: $1 still there" >&2
	return 1
}

# run_fio FIO_ARGS...: run fio with terse output, print a one-line summary,
# and set FIO_READ_IOPS FIO_WRITE_IOPS FIO_READ_KB FIO_WRITE_KB FIO_ERR.
# Returns fio's exit status (non-zero also when no I/O was done).
run_fio() {
	_out=/tmp/fio.$$.out
	fio --output-format=terse --terse-version=3 "$@" >"$_out" 2>&1
	_rc=$?
	# terse v3: 5 error, 6 read KiB, 8 read IOPS, 47 write KiB, 49 write IOPS
	eval "$(awk -F';' '$1 == 3 { e += $5; rk += $6; ri += $8;
		wk += $47; wi += $49 }
		END { printf "FIO_ERR=%d FIO_READ_KB=%d FIO_READ_IOPS=%d ", e, rk, ri;
		      printf "FIO_WRITE_KB=%d FIO_WRITE_IOPS=%d\n", wk, wi }' "$_out")"
	echo "fio: rc=$_rc read ${FIO_READ_KB}KiB ${FIO_READ_IOPS} IOPS," \
		"write ${FIO_WRITE_KB}KiB ${FIO_WRITE_IOPS} IOPS, errors $FIO_ERR"
	if [ "$_rc" != 0 ] || [ "$FIO_ERR" != 0 ]; then
		grep -v '^3;' "$_out" | tail -n 20
		[ "$_rc" != 0 ] || _rc=1
	fi
	rm -f "$_out"
	return "$_rc"
}

# on_exit "COMMAND": run COMMAND when the test exits (last added runs first)
_ublkd_cleanups=
on_exit() {
	_ublkd_cleanups="$1
$_ublkd_cleanups"
}
_ublkd_run_cleanups() {
	_rc=$?
	_c=$_ublkd_cleanups
	_ublkd_cleanups=
	# no pipeline here: a fork could duplicate unflushed output
	_ifs=$IFS
	IFS='
'
	set -f
	for _l in $_c; do
		IFS=$_ifs
		eval "$_l" >/dev/null 2>&1
	done
	IFS=$_ifs
	exit "$_rc"
}
trap _ublkd_run_cleanups EXIT
trap 'exit 143' TERM INT

# now_ms: milliseconds since boot (busybox date has no %N)
now_ms() { awk '{ printf "%d\n", $1 * 1000 }' /proc/uptime; }

# dev_has_flag ID FLAG: the kernel granted device ID the flag (ublksrv's
# `list -v` spelling, e.g. SAFE_STOP_DEV)
dev_has_flag() {
	$UBLK list -n "$1" -v 2>/dev/null | grep -q "flags .*[[ ]$2[] ]"
}
