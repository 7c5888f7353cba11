#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the hicolor PNG icons from the SVG sources in this folder.
# Needs rsvg-convert (librsvg2-bin) and, for the 22 px size, ImageMagick's convert.
# 16, 22 and 24 px come from the pixel-aligned drawings in small/; every other size from the main SVG.
set -eu
cd "$(dirname "$0")"
app=io.github.regtracker.RegTracker
for size in 16 22 24 32 48 64 128 256; do
    out="hicolor/${size}x${size}/apps/$app.png"
    mkdir -p "$(dirname "$out")"
    case $size in
    16) rsvg-convert -w 16 -h 16 "small/$app-16.svg" -o "$out" ;;
    24) rsvg-convert -w 24 -h 24 "small/$app-24.svg" -o "$out" ;;
    22) rsvg-convert -w 24 -h 24 "small/$app-24.svg" | convert png:- -crop 22x22+1+1 +repage -strip "png32:$out" ;;
    *) rsvg-convert -w "$size" -h "$size" "$app.svg" -o "$out" ;;
    esac
done
