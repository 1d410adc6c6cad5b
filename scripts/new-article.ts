/**
 * `npm run new -- "기사 제목" --category 경제 [--category 정책]`: writes a new post to the content folder
 * (CONTENT_DIR or content/), dated today in Seoul, ready for `npm run check`. Never overwrites a file.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';

import { contentDirectory } from '../lib/content/post-files';
import { newArticleFile } from '../lib/new-article/new-article-file';

const USAGE = '사용법: npm run new -- "기사 제목" --category 경제   (--category can be given more than once)';

function parseArgs(args: string[]): { title: string; categories: string[] } {
  const categories: string[] = [];
  const words: string[] = [];
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (arg === '--category' || arg === '-c') {
      const value = args[index + 1];
      if (!value) throw new Error(`--category needs a name. ${USAGE}`);
      categories.push(value);
      index += 1;
    } else if (arg.startsWith('--category=')) categories.push(arg.slice('--category='.length));
    else if (arg.startsWith('-')) throw new Error(`unknown option ${arg}. ${USAGE}`);
    else words.push(arg);
  }
  const title = words.join(' ').trim();
  if (!title) throw new Error(`give the article's title. ${USAGE}`);
  return { title, categories };
}

async function main() {
  try {
    const { title, categories } = parseArgs(process.argv.slice(2));
    const { fileName, text } = newArticleFile({ title, categories, now: new Date() });
    const file = path.join(contentDirectory(), fileName);
    await writeFile(file, text, { flag: 'wx' }).catch((error: NodeJS.ErrnoException) => {
      throw new Error(
        error.code === 'EEXIST'
          ? `${file} already exists: edit it, or choose another title`
          : `cannot write ${file}: ${error.message}`,
      );
    });
    console.log(
      `새 기사: ${path.relative(process.cwd(), file)}\n다음: 본문을 쓰고 \`npm run check\` 로 확인한 뒤 pull request 를 여세요.`,
    );
  } catch (error) {
    console.error(`새 기사를 만들지 못했습니다: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

void main();
