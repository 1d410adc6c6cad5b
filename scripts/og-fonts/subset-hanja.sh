#!/usr/bin/env bash
# Makes lib/og/fonts/NotoSansCJKkr-Bold-Hanja.otf, the Hanja the OG card can draw: the 4,888 Hanja of
# KS X 1001 (the set Korean text uses), cut from Debian's Noto Sans CJK KR Bold. The whole font is a
# 20 MB collection per weight that Satori cannot read; the cut is about 1 MB. Run by hand when the set
# changes; the build only reads the result. Needs Debian's fonts-noto-cjk and python3-fonttools.
set -euo pipefail
cd "$(dirname "$0")/../.."
collection=/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc
text=$(mktemp)
trap 'rm -f "$text"' EXIT
# Every Hanja code of KS X 1001 (lead bytes 0xCA-0xFD), decoded through Python's EUC-KR codec.
/usr/bin/python3 - "$text" <<'PY'
import sys
hanja = set()
for lead in range(0xCA, 0xFE):
    for trail in range(0xA1, 0xFF):
        try:
            hanja.add(bytes([lead, trail]).decode('euc_kr'))
        except UnicodeDecodeError:
            pass
open(sys.argv[1], 'w', encoding='utf-8').write(''.join(sorted(hanja)))
PY
# Font number 1 of the collection is Noto Sans CJK KR.
/usr/bin/python3 -m fontTools.subset "$collection" --font-number=1 --text-file="$text" \
  --output-file=lib/og/fonts/NotoSansCJKkr-Bold-Hanja.otf --no-hinting --layout-features='' --name-IDs='*'
