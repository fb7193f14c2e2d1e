#!/usr/bin/env bash
# Render a workbook to PNG pages to look at it as it prints:
#   scripts/render-sheet.sh FILE.xlsx [OUTDIR]      (OUTDIR defaults to artifacts/render/)
# Installs LibreOffice Calc (headless), poppler-utils, fonts-liberation (metric-compatible
# Arial, Times, Courier) and fonts-crosextra-carlito (metric-compatible Calibri: the default font
# that Excel's column widths are measured in; without it every column comes out wider and the
# page is scaled down) with apt-get when they are missing,
# converts FILE.xlsx to OUTDIR/FILE.pdf, then to OUTDIR/page-1.png, page-2.png, ... at 80 dpi.
set -euo pipefail

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
  echo "usage: $0 FILE.xlsx [OUTDIR]" >&2
  exit 2
fi
file=$1
outdir=${2:-artifacts/render}
if [ ! -f "$file" ]; then
  echo "$0: no such file: $file" >&2
  exit 1
fi

if ! command -v soffice >/dev/null 2>&1 || ! command -v pdftoppm >/dev/null 2>&1 || [ ! -d /usr/share/fonts/truetype/liberation ] || [ ! -d /usr/share/fonts/truetype/crosextra ]; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui poppler-utils fonts-liberation fonts-crosextra-carlito >/dev/null
fi

mkdir -p "$outdir"
base=$(basename "${file%.*}")
soffice --headless -env:UserInstallation=file:///tmp/lo --convert-to pdf "$file" --outdir "$outdir" >/dev/null
pdf="$outdir/$base.pdf"
if [ ! -f "$pdf" ]; then
  echo "$0: LibreOffice made no PDF from $file" >&2
  exit 1
fi
rm -f "$outdir/$base"-page-*.png
pdftoppm -png -r 80 "$pdf" "$outdir/$base-page"
ls "$outdir/$base"-page-*.png
