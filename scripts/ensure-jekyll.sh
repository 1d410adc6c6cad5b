#!/usr/bin/env bash
# The real-Jekyll oracle test (tests/unit/jekyll-oracle.test.ts) builds the fixture Jekyll sites with
# `jekyll`. Installs Debian's jekyll when it is missing and we may (root, or passwordless sudo). On CI a
# missing Jekyll is an error, so the oracle never goes quietly unrun; elsewhere the test says it skipped.
set -euo pipefail

# jekyll-paginate and jekyll-feed write the old site's listing pages and feed for the oracle's second part.
PLUGINS="ruby-jekyll-paginate ruby-jekyll-feed"
has_plugins() { ruby -e "require 'jekyll'; require 'jekyll-paginate'; require 'jekyll-feed'" >/dev/null 2>&1; }

if command -v jekyll >/dev/null 2>&1 && has_plugins; then
  exit 0
fi
sudo=""
if [ "$(id -u)" != 0 ] && command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  sudo="sudo"
fi
if command -v apt-get >/dev/null 2>&1 && { [ "$(id -u)" = 0 ] || [ -n "$sudo" ]; }; then
  echo "Installing Debian's jekyll for the real-Jekyll oracle test…"
  $sudo apt-get update -qq
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends jekyll $PLUGINS >/dev/null
  exit 0
fi
if [ -n "${CI:-}" ]; then
  echo "No jekyll (or its plugins) and no way to install them: the real-Jekyll oracle test cannot run (apt-get install jekyll $PLUGINS)." >&2
  exit 1
fi
echo "No jekyll or its plugins: the real-Jekyll oracle test will skip what it cannot build (sudo apt-get install jekyll $PLUGINS)." >&2
