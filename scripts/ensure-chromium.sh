#!/usr/bin/env bash
# Makes sure the e2e suite has a Chromium: Playwright's own if it is installed (or can be), else
# Debian's `chromium` package on machines that cannot download browsers. playwright.config.ts picks
# whichever is present.
set -euo pipefail

if node -e "process.exit(require('fs').existsSync(require('@playwright/test').chromium.executablePath()) ? 0 : 1)"; then
  exit 0
fi
for candidate in /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome; do
  [ -x "$candidate" ] && exit 0
done
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "Installing Debian's chromium for the e2e tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "Installing Playwright's Chromium for the e2e tests…"
npx playwright install chromium
