#!/bin/bash
# Install the build and test dependencies of ublkd on Debian 12 (as root).
# Fast no-op when everything is already installed.
set -euo pipefail

PKGS=(gcc make clang libclang-rt-14-dev qemu-system-x86 busybox-static cpio fio e2fsprogs
      liburing-dev util-linux kmod xz-utils perl nbdkit pkgconf groff-base
      nbd-client qemu-utils)

# One dpkg-query for all: prints "name status" for each known package.
have=$(dpkg-query -W -f='${Package} ${db:Status-Status}\n' "${PKGS[@]}" \
	2>/dev/null || true)
missing=()
for p in "${PKGS[@]}"; do
	grep -qx "$p installed" <<<"$have" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
	echo "install-deps: all ${#PKGS[@]} packages present"
	exit 0
fi

echo "install-deps: missing: ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
	echo "install-deps: error: must run as root to install: ${missing[*]}" >&2
	exit 1
fi

export DEBIAN_FRONTEND=noninteractive
if ! apt-get update -q; then
	echo "install-deps: error: apt-get update failed" >&2
	exit 1
fi
if ! apt-get install -y -q --no-install-recommends "${missing[@]}"; then
	echo "install-deps: error: apt-get install failed for: ${missing[*]}" >&2
	exit 1
fi
echo "install-deps: installed: ${missing[*]}"
