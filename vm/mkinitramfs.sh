#!/bin/bash
# Build the VM guest's initramfs (an uncompressed newc cpio).
#
#   vm/mkinitramfs.sh [-o OUT] [-k KERNEL_DIR]
#       the full image: busybox, host tools (fio, mkfs.ext4, ...), their
#       shared libraries, the kernel modules, vm/init, vm/runner.sh,
#       tests/vm/*, bench/*.sh, build/ublk and build-asan/ublk if built,
#       build/vm-bins/* (the example on the staged libublkd.so.0, helpers).
#   vm/mkinitramfs.sh --extra OUT FILE...
#       a small archive that adds FILEs to /ublkd/tests/extra/ in the guest
#       (their order in /ublkd/tests/extra.order);
#       the kernel accepts cpio archives concatenated (cat base extra).
#
# Env: UBLKD_VM_BINS  more repo-relative executables to ship (with their libs).
# Guest layout: usrmerge (/bin -> usr/bin ...); host tools keep their paths
# (/usr/sbin/losetup, also reachable as /sbin/losetup); the repo's files live
# under /ublkd with their repo-relative paths.
set -euo pipefail

cd "$(dirname "$0")/.."
REPO=$PWD
OUT=build/vm/initramfs.cpio
KDIR=

die() { echo "mkinitramfs: error: $*" >&2; exit 1; }
warn() { echo "mkinitramfs: warning: $*" >&2; }

mkcpio() {	# $1 = staging root, $2 = output file
	(cd "$1" && find . -mindepth 1 | LC_ALL=C sort |
		cpio -o -H newc -R 0:0 --quiet) >"$2.tmp.$$" || die "cpio failed"
	mv "$2.tmp.$$" "$2"	# atomic: a running VM keeps the old one
}

if [ "${1:-}" = --extra ]; then
	[ $# -ge 3 ] || die "usage: $0 --extra OUT FILE..."
	out=$2
	shift 2
	tmp=$(mktemp -d)
	trap 'rm -rf "$tmp"' EXIT
	mkdir -p "$tmp/ublkd/tests/extra"
	for f in "$@"; do
		[ -f "$f" ] || die "extra file $f not found"
		b=$(basename "$f")
		[ -e "$tmp/ublkd/tests/extra/$b" ] && die "two extra files named $b"
		cp "$f" "$tmp/ublkd/tests/extra/"
		echo "tests/extra/$b" >>"$tmp/ublkd/tests/extra.order"
	done
	mkdir -p "$(dirname "$out")"
	mkcpio "$tmp" "$out"
	exit 0
fi

while [ $# -gt 0 ]; do
	case $1 in
	-o) OUT=$2; shift 2 ;;
	-k) KDIR=$2; shift 2 ;;
	*) die "unknown argument $1" ;;
	esac
done
[ -n "$KDIR" ] || KDIR=$(bash vm/fetch-kernel.sh "${UBLKD_KERNEL:-7}") || die "fetch-kernel failed"
KVER=$(cat "$KDIR/version") || die "no kernel in $KDIR"

# a private staging dir: several builds may run at once
mkdir -p "$(dirname "$OUT")"
ROOT=$(mktemp -d "$(dirname "$OUT")/.root.XXXXXX")
trap 'rm -rf "$ROOT"' EXIT
chmod 755 "$ROOT"
mkdir -p "$ROOT"/usr/{bin,sbin,lib,lib64} "$ROOT"/{dev,proc,sys,tmp,run,mnt,etc,root}
for d in bin sbin lib lib64; do
	ln -s "usr/$d" "$ROOT/$d"
done
chmod 1777 "$ROOT/tmp"

LIBS=()
add_bin() {	# host path (kept at its path in the guest) and its libs
	local src=$1 dst=${2:-$1}
	mkdir -p "$ROOT$(dirname "$dst")"
	cp -L "$src" "$ROOT$dst" || die "cannot copy $src"
	LIBS+=("$src")
}

# host tools at their real paths
for t in fio mke2fs e2fsck resize2fs losetup blkdiscard blockdev blkid wipefs dd \
	 nbdkit setpriv nbd-client dmsetup qemu-nbd qemu-img; do
	p=$(command -v "$t" || true)
	[ -n "$p" ] || { warn "host tool $t not found, not shipped"; continue; }
	p=$(realpath "$p")
	add_bin "$p"
done
ln -s mke2fs "$ROOT/usr/sbin/mkfs.ext4"
ln -s mke2fs "$ROOT/usr/sbin/mkfs.ext2"
for p in memory file null pattern data zero; do
	f=/usr/lib/x86_64-linux-gnu/nbdkit/plugins/nbdkit-$p-plugin.so
	[ -f "$f" ] && add_bin "$f"
done
# the nbd target's tests: unknown exports, no multi-conn, counting requests,
# slow and silent servers (delay), injected errors (error)
for p in exportname multi-conn log delay error; do
	f=/usr/lib/x86_64-linux-gnu/nbdkit/filters/nbdkit-$p-filter.so
	[ -f "$f" ] && add_bin "$f"
done

# busybox and its applets (symlinks that do not shadow a real tool)
cp /bin/busybox "$ROOT/usr/bin/busybox" || die "busybox-static missing"
file -L /bin/busybox 2>/dev/null | grep -q 'statically linked' ||
	LIBS+=(/bin/busybox)
for a in $(busybox --list-full); do
	a=${a#usr/}
	[ -e "$ROOT/usr/$a" ] || [ -L "$ROOT/usr/$a" ] ||
		ln -s /usr/bin/busybox "$ROOT/usr/$a"
done

# the project's files
mkdir -p "$ROOT/ublkd/tests/vm" "$ROOT/ublkd/vm" "$ROOT/ublkd/bench"
cp vm/init "$ROOT/init"
chmod 755 "$ROOT/init"
cp vm/runner.sh "$ROOT/ublkd/vm/"
cp -r tests/vm/. "$ROOT/ublkd/tests/vm/"
for f in bench/*.sh; do
	[ -f "$f" ] && cp "$f" "$ROOT/ublkd/bench/"
done
for b in build/ublk build-asan/ublk build/vm-bins/* ${UBLKD_VM_BINS:-}; do
	if [ -x "$b" ]; then
		add_bin "$REPO/$b" "/ublkd/$b"
	else
		warn "$b not built, not shipped (tests needing it will skip)"
	fi
done
# the staged install's libraries also under /ublkd: the example's rpath is
# the host's absolute build/stage path, hidden in the guest when the tree
# lives under /tmp (a tmpfs there); test 700 falls back to this copy
if [ -d build/stage ]; then
	mkdir -p "$ROOT/ublkd/build"
	cp -a build/stage "$ROOT/ublkd/build/"
fi

# peer ublk servers for side-by-side benchmarks (../shared/peers/NAME/
# {sbin,lib}, UBLKD_PEERS), at /peers/NAME in the guest. A lib entry that
# is a short text file naming another (a symlink flattened by a copy)
# becomes a symlink again.
PEERS=${UBLKD_PEERS:-$REPO/../shared/peers}
PEER_LIBPATH=
for d in "$PEERS"/*/; do
	[ -d "$d/sbin" ] || continue
	n=$(basename "$d")
	mkdir -p "$ROOT/peers/$n"
	cp -rL "$d/sbin" "$ROOT/peers/$n/"
	if [ -d "$d/lib" ]; then
		mkdir -p "$ROOT/peers/$n/lib"
		for f in "$d"/lib/*; do
			b=$(basename "$f")
			t=
			[ "$(stat -L -c %s "$f")" -lt 256 ] && t=$(tr -d '\n\0' <"$f")
			if [ -n "$t" ] && [ -f "$d/lib/$t" ]; then
				ln -s "$t" "$ROOT/peers/$n/lib/$b"
			else
				cp -L "$f" "$ROOT/peers/$n/lib/$b"
			fi
		done
		PEER_LIBPATH+=${PEER_LIBPATH:+:}$ROOT/peers/$n/lib
	fi
	for f in "$ROOT/peers/$n"/sbin/* "$ROOT/peers/$n"/lib/*.so*; do
		[ -L "$f" ] || LIBS+=("$f")
	done
done

# shared libraries of everything shipped, and the dynamic loader
for l in $(LD_LIBRARY_PATH=$PEER_LIBPATH ldd "${LIBS[@]}" 2>/dev/null |
	   awk -v root="$ROOT" '$2 == "=>" && $3 ~ /^\// && index($3, root) != 1 {print $3}
		$1 ~ /^\// && $2 ~ /^\(0x/ {print $1}' | sort -u); do
	[ -e "$ROOT$l" ] && continue
	mkdir -p "$ROOT$(dirname "$l")"
	cp -L "$l" "$ROOT$l" || die "cannot copy library $l"
done
# sanitizer runtimes want this for symbolized reports
[ -x /usr/bin/llvm-symbolizer ] && add_bin /usr/bin/llvm-symbolizer

# kernel modules (already decompressed by fetch-kernel.sh)
mkdir -p "$ROOT/lib/modules"
cp -r "$KDIR/lib/modules/$KVER" "$ROOT/lib/modules/"
cp "$KDIR/load-order" "$ROOT/lib/modules/$KVER/load-order"

echo "root:x:0:0:root:/root:/bin/sh" >"$ROOT/etc/passwd"
echo "root:x:0:" >"$ROOT/etc/group"
# an initial console before devtmpfs is mounted
mknod -m 600 "$ROOT/dev/console" c 5 1 2>/dev/null ||
	warn "cannot mknod /dev/console (not root?)"

mkcpio "$ROOT" "$OUT"
rm -rf "$ROOT"
echo "mkinitramfs: $OUT ($(du -h "$OUT" | cut -f1), kernel $KVER)" >&2
