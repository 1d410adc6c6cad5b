#!/usr/bin/env bash
# Runs Vercel's own build (`vercel build`, no account: a local .vercel/project.json) on a scratch copy of
# the committed tree and checks what Vercel would deploy: .vercel/output with every article page
# prerendered and the proxy (old-address redirects) as a function. Not part of `npm test`: it downloads
# Vercel's CLI (vercel@50; vercel@64's dependency sandbox@4.4.0 was missing from the registry here).
#   bash scripts/check-vercel-build.sh            # VERCEL_CLI=/path/to/vercel to use an installed CLI
set -euo pipefail
cd "$(dirname "$0")/.."
project=$(pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

git archive HEAD | tar -x -C "$scratch"
cp -al node_modules "$scratch/node_modules" 2>/dev/null || cp -r node_modules "$scratch/node_modules"
mkdir -p "$scratch/.vercel"
cat > "$scratch/.vercel/project.json" <<'JSON'
{"projectId":"prj_local_newsdao","orgId":"team_local_newsdao","settings":{"framework":"nextjs","installCommand":null,"buildCommand":null,"outputDirectory":null,"rootDirectory":null}}
JSON

cd "$scratch"
export SITE_URL="${SITE_URL:-https://newsdao.example}" VERCEL_TELEMETRY_DISABLED=1 NEXT_TELEMETRY_DISABLED=1
started=$(date +%s)
if [ -n "${VERCEL_CLI:-}" ]; then "$VERCEL_CLI" build --yes; else npx --yes vercel@50 build --yes; fi
echo "vercel build: $(( $(date +%s) - started )) s"

node - "$project" <<'NODE'
const { existsSync, readFileSync, readdirSync } = require('node:fs');
const path = require('node:path');
const output = '.vercel/output';
const fail = (message) => { console.error(`FAIL: ${message}`); process.exit(1); };
if (!existsSync(path.join(output, 'config.json'))) fail('no .vercel/output/config.json');
const config = JSON.parse(readFileSync(path.join(output, 'config.json'), 'utf8'));
if (config.version !== 3) fail(`Build Output API version ${config.version}, expected 3`);
const posts = readdirSync('content').filter((name) => /\.(md|markdown)$/.test(name));
for (const post of posts) {
  const slug = post.replace(/\.[^.]+$/, '').normalize('NFC').toLowerCase();
  const page = path.join(output, 'functions/articles', `${slug}.prerender-fallback.html`);
  if (!existsSync(page)) fail(`article ${slug} is not prerendered (${page} missing)`);
  const title = /^title:\s*(.+)$/m.exec(readFileSync(path.join('content', post), 'utf8'))?.[1]?.trim().replace(/^['"]|['"]$/g, '');
  if (title && !readFileSync(page, 'utf8').includes(title)) fail(`${page} does not show the title "${title}"`);
}
if (!existsSync(path.join(output, 'functions/_middleware.func'))) fail('proxy.ts (old-address redirects) was not built as a function');
const headers = JSON.stringify(config.routes ?? []);
if (!headers.includes('Content-Security-Policy')) fail('the security headers are not in the routes');
console.log(`OK: .vercel/output (version 3), ${posts.length} article page(s) prerendered, proxy function, security headers`);
NODE
