#!/usr/bin/env bash
# ReportDraftTest renders the drafted report (.docx) with LibreOffice Writer, rasterises it with
# pdftoppm and reads the PDF back; ReportReaderTest writes a Chinese PDF with the WenQuanYi font.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
dpkg -s libreoffice-writer-nogui >/dev/null 2>&1 || need_pkgs libreoffice-writer-nogui
command -v pdftoppm >/dev/null 2>&1 || need_pkgs poppler-utils
[ -f /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc ] || need_pkgs fonts-wqy-zenhei
