#!/bin/bash
# Fetch Debian's newest 6.12 cloud kernel for the VM test bed.
#
# Picks the newest linux-image-6.12.*-cloud-amd64-unsigned that apt knows,
# downloads it into a cache outside the git tree, and keeps vmlinuz plus the
# few modules the tests need (with their dependencies), decompressed so that
# busybox insmod/modprobe can load them.
#
# Output: the kernel's cache directory on stdout (last line), containing
#   vmlinuz  config  version  lib/modules/<kver>/{kernel/...,modules.dep,...}
#   load-order   (module names, dependencies first)
# Env: UBLKD_CACHE (default /var/cache/ublkd), UBLKD_KERNEL_PKG (force a package).
set -euo pipefail

CACHE=${UBLKD_CACHE:-/var/cache/ublkd}
KCACHE=$CACHE/kernel
# Modules kept in the guest (their dependencies come along from modules.dep).
WANT=(ublk_drv null_blk brd loop nbd virtio_blk virtio-rng configfs)
PKG_RE='^linux-image-6\.12\.[0-9]+\+deb[0-9]+-cloud-amd64-unsigned$'

log() { echo "fetch-kernel: $*" >&2; }
die() { echo "fetch-kernel: error: $*" >&2; exit 1; }

mkdir -p "$KCACHE" || die "cannot create cache dir $KCACHE"
# one fetch at a time (several test runs may start together)
exec 9>"$KCACHE/.lock"
flock 9 || die "cannot lock $KCACHE/.lock"

# Newest package name + its candidate version. The apt-cache look-up costs
# about a second, so remember it until apt's lists change.
lists_stamp() {
	stat -c %Y /var/lib/apt/lists 2>/dev/null || echo 0
}

lookup() {
	local names pkg ver
	names=$(apt-cache pkgnames linux-image-6.12. 2>/dev/null |
		grep -E "$PKG_RE" || true)
	[ -n "$names" ] || return 1
	# sort by the kernel version embedded in the name
	pkg=$(sed -E 's/^linux-image-(.*)-cloud-amd64-unsigned$/\1 &/' \
		<<<"$names" | sort -V -k1,1 | tail -n1 | cut -d' ' -f2)
	ver=$(apt-cache policy "$pkg" | awk '/Candidate:/ {print $2}')
	[ -n "$ver" ] && [ "$ver" != "(none)" ] || return 1
	echo "$pkg $ver"
}

pick() {
	local stamp found
	if [ -n "${UBLKD_KERNEL_PKG:-}" ]; then
		found=$(apt-cache policy "$UBLKD_KERNEL_PKG" |
			awk '/Candidate:/ {print $2}')
		[ -n "$found" ] && [ "$found" != "(none)" ] ||
			die "UBLKD_KERNEL_PKG=$UBLKD_KERNEL_PKG not known to apt"
		echo "$UBLKD_KERNEL_PKG $found"
		return
	fi
	stamp=$(lists_stamp)
	if [ -f "$KCACHE/lookup" ] &&
	   [ "$(head -n1 "$KCACHE/lookup")" = "$stamp" ]; then
		tail -n1 "$KCACHE/lookup"
		return
	fi
	if ! found=$(lookup); then
		log "no 6.12 cloud kernel in apt's lists; running apt-get update"
		apt-get update -q >&2 || log "apt-get update failed"
		stamp=$(lists_stamp)
		found=$(lookup) || found=
	fi
	if [ -z "$found" ]; then
		# offline fallback: newest kernel already in the cache
		found=$(newest_cached) ||
			die "no linux-image-6.12.*-cloud-amd64-unsigned available from apt"
		log "warning: apt has no 6.12 cloud kernel; using the cached $found"
		echo "$found"
		return
	fi
	printf '%s\n%s\n' "$stamp" "$found" >"$KCACHE/lookup"
	echo "$found"
}

# Decompress the wanted modules and their dependencies into $dst.
keep_modules() {
	local src=$1 dst=$2 kver=$3 m path deps d
	local -A seen=()
	local order=()
	local mdir=lib/modules/$kver

	depmod -b "$src" "$kver" || die "depmod on the extracted kernel failed"
	mkdir -p "$dst/$mdir"
	for m in "${WANT[@]}"; do
		path=$(grep -E "(^|/)$m\.ko(\.xz|\.zst|\.gz)?:" \
			"$src/$mdir/modules.dep" | head -n1 || true)
		if [ -z "$path" ]; then
			if grep -qE "/$m\.ko" "$src/$mdir/modules.builtin"; then
				log "$m is built in"
				continue
			fi
			die "module $m not found in $kver"
		fi
		deps=${path#*:}
		path=${path%%:*}
		# modules.dep lists dependencies with the deepest last
		for d in $(tr ' ' '\n' <<<"$deps" | tac) "$path"; do
			[ -n "${seen[$d]:-}" ] && continue
			seen[$d]=1
			order+=("$d")
		done
	done
	: >"$dst/load-order"
	for d in "${order[@]}"; do
		mkdir -p "$dst/$mdir/$(dirname "$d")"
		case $d in
		*.xz)  xz -dc "$src/$mdir/$d" >"$dst/$mdir/${d%.xz}" ;;
		*.zst) zstd -qdc "$src/$mdir/$d" >"$dst/$mdir/${d%.zst}" ;;
		*.gz)  gzip -dc "$src/$mdir/$d" >"$dst/$mdir/${d%.gz}" ;;
		*)     cp "$src/$mdir/$d" "$dst/$mdir/$d" ;;
		esac || die "cannot decompress $d"
		basename "${d%.ko*}" >>"$dst/load-order"
	done
	cp "$src/$mdir/modules.builtin" "$src/$mdir/modules.order" \
		"$dst/$mdir/" 2>/dev/null || true
	[ -f "$src/$mdir/modules.builtin.modinfo" ] &&
		cp "$src/$mdir/modules.builtin.modinfo" "$dst/$mdir/"
	depmod -b "$dst" "$kver" || die "depmod on the kept modules failed"
}

fetch() {
	local pkg=$1 ver=$2 kver=$3 dir=$4 tmp deb
	tmp=$(mktemp -d "$KCACHE/.tmp.XXXXXX")
	trap 'rm -rf "$tmp"' EXIT
	log "downloading $pkg ($ver)"
	# _apt cannot write into a root-only dir: download as root in $tmp
	if ! (cd "$tmp" && apt-get download -q "$pkg=$ver" >&2 2>/dev/null) &&
	   ! (cd "$tmp" && apt-get download "$pkg=$ver" >&2); then
		log "apt-get download $pkg=$ver failed"
		rm -rf "$tmp"
		trap - EXIT
		return 1
	fi
	deb=$(ls "$tmp"/*.deb) || die "no .deb downloaded"
	dpkg-deb -x "$deb" "$tmp/x" || die "dpkg-deb -x failed"
	rm -rf "$dir.new"
	mkdir -p "$dir.new"
	cp "$tmp/x/boot/vmlinuz-$kver" "$dir.new/vmlinuz" ||
		die "no vmlinuz-$kver in $pkg"
	cp "$tmp/x/boot/config-$kver" "$dir.new/config"
	# usrmerge-era packages may ship usr/lib/modules
	[ -d "$tmp/x/lib/modules/$kver" ] || {
		mkdir -p "$tmp/x/lib/modules"
		mv "$tmp/x/usr/lib/modules/$kver" "$tmp/x/lib/modules/"
	}
	keep_modules "$tmp/x" "$dir.new" "$kver"
	echo "$kver" >"$dir.new/version"
	echo "$pkg $ver" >"$dir.new/done"
	rm -rf "$dir"
	mv "$dir.new" "$dir"
	rm -rf "$tmp"
	trap - EXIT
}

kdir_of() {	# package name -> cache dir
	local k=${1#linux-image-}
	echo "$KCACHE/${k%-unsigned}"
}

newest_cached() {
	local k
	k=$(ls "$KCACHE" | grep -E '^6\.12\.' | sort -V | tail -n1 || true)
	[ -n "$k" ] && [ -f "$KCACHE/$k/done" ] && cat "$KCACHE/$k/done"
}

picked=$(pick) || exit 1
read -r pkg ver <<<"$picked"
dir=$(kdir_of "$pkg")
if [ ! -f "$dir/done" ] || [ "$(cat "$dir/done")" != "$pkg $ver" ]; then
	if ! fetch "$pkg" "$ver" "$(basename "$dir")" "$dir"; then
		# stale lists (the mirror moved on)? refresh once, else fall
		# back to the newest kernel already in the cache
		apt-get update -q >&2 || true
		rm -f "$KCACHE/lookup"
		picked=$(pick) || exit 1
		read -r pkg ver <<<"$picked"
		dir=$(kdir_of "$pkg")
		if [ ! -f "$dir/done" ] ||
		   [ "$(cat "$dir/done")" != "$pkg $ver" ]; then
			if ! fetch "$pkg" "$ver" "$(basename "$dir")" "$dir"; then
				picked=$(newest_cached) ||
					die "cannot download $pkg and no kernel is cached"
				log "warning: using the cached $picked"
				read -r pkg ver <<<"$picked"
				dir=$(kdir_of "$pkg")
			fi
		fi
	fi
fi
kver=$(cat "$dir/version")
log "kernel $kver (package $pkg $ver)"
echo "$dir"
