#!/usr/bin/env bash
# Builds target/dist/ziping_VERSION_amd64.deb: ziping with its own Java runtime (jlink, only the
# modules it uses), a menu entry (办公 / Office) and "打开方式" for .xlsx, .xlsm and .xls.
# Installs to /opt/ziping; the launcher /opt/ziping/bin/ziping is the jar's command line (and
# opens the window with no arguments or with files). Needs a JDK 17 (jlink, jpackage) and, for
# .deb, fakeroot and binutils (objcopy). packaging/linux/ziping.desktop replaces jpackage's menu
# entry, whose Exec line would not pass the opened file (%F) to ziping. Usage: packaging/deb.sh   (after the README's build)
#
# The same jpackage line makes a Windows installer on a Windows machine with a JDK 17 and the
# WiX toolset 3 on PATH: --type msi (or exe), drop the --linux-* options, and add
# --win-menu --win-shortcut --win-dir-chooser (see docs/gui.md).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/ziping.jar ] || mvn -q -B -DskipTests package
version=$(sed -n 's/.*version = "ziping \([0-9][0-9.]*\)".*/\1/p' src/main/java/cn/ziping/cli/Root.java)
work=target/jpackage
rm -rf "$work" target/dist
mkdir -p "$work/input" target/dist
cp target/ziping.jar "$work/input/"

# What the jar needs (jdeps over the jar and its libraries), plus what jdeps cannot see: GBK and
# other legacy code pages for old .xls files (jdk.charsets), Chinese locale data (jdk.localedata),
# sun.misc.Unsafe users (jdk.unsupported), java.naming/java.management for the logging bridge, and
# TLS with elliptic curves and SASL for the mail service (jdk.crypto.ec, java.security.sasl).
modules=java.base,java.desktop,java.prefs,java.logging,java.sql,java.xml,java.xml.crypto,java.security.jgss,java.security.sasl,java.naming,java.management,jdk.unsupported,jdk.charsets,jdk.localedata,jdk.zipfs,jdk.crypto.ec
jlink --add-modules "$modules" --include-locales=en,zh --strip-debug --no-header-files --no-man-pages \
      --compress=2 --output "$work/runtime"

# dpkg-deb compresses with xz by default: minutes on a small machine; gzip -1 takes seconds
export DPKG_DEB_COMPRESSOR_TYPE=gzip DPKG_DEB_COMPRESSOR_LEVEL=1
# The launcher runs the JIT's quick tier only: a third less CPU before the window shows (measured,
# docs/gui.md), and a desktop user checks a few files, not hundreds.
jpackage --type deb --dest target/dist \
  --name ziping --app-version "$version" --vendor "ziping" \
  --description "预算项目绩效自评表校验与补全工具" \
  --input "$work/input" --main-jar ziping.jar --main-class cn.ziping.cli.Main \
  --runtime-image "$work/runtime" \
  --java-options -Dfile.encoding=UTF-8 --java-options -XX:TieredStopAtLevel=1 \
  --file-associations packaging/xlsx.properties \
  --file-associations packaging/xlsm.properties \
  --file-associations packaging/xls.properties \
  --resource-dir packaging/linux --icon packaging/linux/ziping.png \
  --linux-package-name ziping --linux-menu-group "Office" --linux-app-category office \
  --linux-shortcut --linux-deb-maintainer "ziping@example.invalid"
ls -l target/dist/*.deb
