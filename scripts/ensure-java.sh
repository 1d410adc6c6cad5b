#!/usr/bin/env bash
# The HTML-validity e2e test runs the Nu HTML Checker (vnu-jar), which needs a Java runtime. Installs
# Debian's default-jre-headless when `java` is missing and we may; otherwise says what to install.
set -euo pipefail

if command -v java >/dev/null 2>&1; then
  exit 0
fi
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "Installing Debian's default-jre-headless for the HTML-validity test…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless >/dev/null
  exit 0
fi
echo "No Java runtime: install one (e.g. \`sudo apt-get install default-jre-headless\`) for the Nu HTML Checker." >&2
exit 1
