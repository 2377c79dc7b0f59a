#!/usr/bin/env bash
# The desktop package: build the .deb (own runtime, menu entry, "打开方式" for Excel files), install
# it with dpkg, run the installed launcher on the example without a display, remove it.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
cd "$(dirname "$0")/../.."
need_pkgs fakeroot binutils
packaging/deb.sh
deb=$(ls target/dist/ziping_*.deb)
# the libraries the runtime links (X11, freetype, …) and xdg-utils for the menu entry
need_pkgs $(dpkg-deb -f "$deb" Depends | tr -d ',')
# a desktop has these menu folders (a bare CI machine does not; the package installs either way)
mkdir -p /etc/xdg/menus /usr/share/desktop-directories
dpkg -i "$deb"
trap 'dpkg -r ziping >/dev/null' EXIT
# the menu entry, passing the opened files (%F), registered for the Excel types
grep -q 'Exec=/opt/ziping/bin/ziping %F' /usr/share/applications/ziping-ziping.desktop
grep -q 'MimeType=.*application/vnd.ms-excel;' /usr/share/applications/ziping-ziping.desktop

example="workbook-templates/examples/保定市徐水区应急管理局2024年度预算项目绩效自评表.xlsx"
set +e
out=$(env -u DISPLAY /opt/ziping/bin/ziping check "$example" 2>&1)
rc=$?
help=$(env -u DISPLAY /opt/ziping/bin/ziping 2>&1)
set -e
echo "$out" | tail -3
if [ "$rc" -ne 1 ]; then echo "installed ziping check should exit 1 on the example; it exited $rc" >&2; exit 1; fi
echo "$out" | grep -q '^\[ERROR\] 汇总表!C7: .*\[D002\]$' || { echo "no D002 finding from the installed launcher" >&2; exit 1; }
# no display: no arguments print the help, as the jar does
echo "$help" | grep -q '用法：' || { echo "installed launcher without a display should print the help" >&2; exit 1; }
dpkg -r ziping >/dev/null
trap - EXIT
[ ! -e /opt/ziping ] && [ ! -e /usr/share/applications/ziping-ziping.desktop ] \
  || { echo "ziping left files behind after dpkg -r" >&2; exit 1; }
echo "deb: installed, checked the example (exit 1, D002), removed"
