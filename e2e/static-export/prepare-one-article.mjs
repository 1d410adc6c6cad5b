// A content folder holding only the real reference article, for the one-article static export.
import { copyFile, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';

const target = process.argv[2];
if (!target) throw new Error('usage: node e2e/static-export/prepare-one-article.mjs <content folder>');
await rm(target, { recursive: true, force: true });
await mkdir(target, { recursive: true });
const name = '2023-09-18-police-sme-security-industry.md';
await copyFile(path.join('tests/unit/fixtures', name), path.join(target, name));
