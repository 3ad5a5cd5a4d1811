#!/bin/sh
# `ublk features` reports what the kernel's driver offers: the mask matches
# an independent server's GET_FEATURES (ublksrv, when shipped in the guest),
# every bit the UAPI header knows has its UBLK_F_* name (no "unknown"),
# `--json` says the same, and `list` names a device's granted flags.
. "${UBLKD_ROOT:-.}/tests/vm/lib.sh"
require_ublk
on_exit "$UBLK del -a"

out=$($UBLK features) || fail "ublk features failed"
echo "$out"
mask=$(echo "$out" | awk '/^ublk_drv features:/ { print $3 }')
[ -n "$mask" ] || fail "no 'ublk_drv features: MASK' line"
echo "$out" | grep -Eiq 'unknown|BIT[0-9]' && fail "a known bit is unnamed"
# one line per set bit
n=$(echo "$out" | grep -c '^	UBLK_F_')
bits=$(printf '%d\n' "$mask" | awk '{ m = $1; c = 0
	while (m > 0) { c += m % 2; m = int(m / 2) } print c }')
[ "$n" = "$bits" ] || fail "$n named lines for $bits set bits in $mask"
echo "$out" | grep -q '^	UBLK_F_CMD_IOCTL_ENCODE' ||
	fail "CMD_IOCTL_ENCODE missing (every kernel since 6.4 has it)"

js=$($UBLK features --json) || fail "features --json failed"
echo "$js"
echo "$js" | grep -q "\"features\":\"$mask\"" || fail "--json mask differs from $mask"
for f in $(echo "$out" | awk '/^	UBLK_F_/ { print $1 }'); do
	echo "$js" | grep -q "\"$f\"" || fail "--json lacks $f"
done

# an independent reading of GET_FEATURES
if [ -x /peers/ublksrv/sbin/ublk ]; then
	mkdir -p /run/ublksrvd
	theirs=$(LD_LIBRARY_PATH=/peers/ublksrv/lib /peers/ublksrv/sbin/ublk features 2>&1 |
		grep -Eo '0x[0-9a-f]+' | head -n1)
	info "ublksrv reads $theirs, we read $mask"
	[ "$(printf '%d' "$theirs")" = "$(printf '%d' "$mask")" ] ||
		fail "ublksrv reads GET_FEATURES as $theirs, we as $mask"
fi

# a device's flags as granted, by name
$UBLK add -t null -n 5 >/dev/null || fail "add"
l=$($UBLK list -n 5 -v) || fail "list"
echo "$l"
echo "$l" | grep -Eq 'BIT[0-9]|unknown' && fail "list -v leaves a granted flag unnamed"
pass "features $mask, every bit named"
