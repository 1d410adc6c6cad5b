#!/usr/bin/env bash
# Runs Vercel's own build (`vercel build`, no account: a local .vercel/project.json) on a scratch copy of
# the committed tree and checks what Vercel would deploy in the mode it gets (scripts/check-vercel-output.ts):
# .vercel/output with the articles that mode prerenders (every one up to 2,000 published articles; above,
# the newest 1,000, the rest rendered on request by a function that ships the store's copy), the build
# log naming that mode, the proxy (old-address redirects) as a function and the security headers.
# PRERENDER_LATEST in the environment is passed on, as a setting in Vercel's project would be.
# Not part of `npm test`: it downloads Vercel's CLI (vercel@50; vercel@64's dependency sandbox@4.4.0 was
# missing from the registry here).
#   bash scripts/check-vercel-build.sh               # the committed archive
#   bash scripts/check-vercel-build.sh --posts 2500  # 2,500 synthetic posts instead: the large-archive default
#   VERCEL_CLI=/path/to/vercel bash scripts/check-vercel-build.sh   # an installed CLI
set -euo pipefail
posts=""
if [ "${1:-}" = "--posts" ]; then posts="${2:?--posts needs a number}"; fi
cd "$(dirname "$0")/.."
scratch=$(mktemp -d)
# KEEP_SCRATCH=1 leaves the scratch copy (and its .vercel/output) to look at.
if [ -z "${KEEP_SCRATCH:-}" ]; then trap 'rm -rf "$scratch"' EXIT; else echo "scratch copy: $scratch"; fi

git archive HEAD | tar -x -C "$scratch"
cp -al node_modules "$scratch/node_modules" 2>/dev/null || cp -r node_modules "$scratch/node_modules"
mkdir -p "$scratch/.vercel"
cat > "$scratch/.vercel/project.json" <<'JSON'
{"projectId":"prj_local_newsdao","orgId":"team_local_newsdao","settings":{"framework":"nextjs","installCommand":null,"buildCommand":null,"outputDirectory":null,"rootDirectory":null}}
JSON

cd "$scratch"
if [ -n "$posts" ]; then
  node_modules/.bin/tsx -e "require('./scripts/bench/synthetic-posts.ts').writeSyntheticPosts('content', Number('$posts'))"
fi
export SITE_URL="${SITE_URL:-https://newsdao.example}" VERCEL_TELEMETRY_DISABLED=1 NEXT_TELEMETRY_DISABLED=1
started=$(date +%s)
if [ -n "${VERCEL_CLI:-}" ]; then "$VERCEL_CLI" build --yes; else npx --yes vercel@50 build --yes; fi 2>&1 | tee "$scratch/vercel-build.log"
echo "vercel build: $(( $(date +%s) - started )) s"

node_modules/.bin/tsx scripts/check-vercel-output.ts "$scratch/vercel-build.log"
