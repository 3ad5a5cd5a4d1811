#!/bin/sh
# The bed is real: the guest runs the kernel the host asked for (vm/run.sh
# passes its release as UBLKD_KVER), with the ublk driver loaded by the init.
. "${UBLKD_ROOT:-.}/tests/vm/lib.sh"

r=$(uname -r)
info "kernel $r"
if [ -n "${UBLKD_KVER:-}" ] && [ "$r" != "$UBLKD_KVER" ]; then
	fail "guest kernel is $r, the bed asked for $UBLKD_KVER"
fi
[ -d /sys/module/ublk_drv ] || fail "/sys/module/ublk_drv missing: ublk_drv not loaded"
[ -e /dev/ublk-control ] || fail "/dev/ublk-control missing"
[ -c /dev/ublk-control ] || fail "/dev/ublk-control is not a char device"
grep -qw ublk-control /proc/misc || fail "ublk-control not registered in /proc/misc"
# opening it needs the driver behind it (fails with ENODEV otherwise)
exec 3<>/dev/ublk-control || fail "cannot open /dev/ublk-control"
exec 3>&-
pass "kernel $r, ublk_drv loaded, /dev/ublk-control is a char device"
