// Assembles the content the e2e suite builds: the real posts in content/, the hand-written fixture
// posts in e2e/fixtures/posts, and enough generated 경제 posts to need a second page of listings.
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

const target = path.resolve(process.env.CONTENT_DIR ?? '.next-e2e-content');
const GENERATED_POSTS = 23;

await rm(target, { recursive: true, force: true });
await mkdir(target, { recursive: true });
await cp('content', target, { recursive: true });
await cp('e2e/fixtures/posts', path.join(target, 'fixtures'), { recursive: true });

for (let index = 1; index <= GENERATED_POSTS; index += 1) {
  const day = String(index).padStart(2, '0');
  await writeFile(
    path.join(target, `2022-03-${day}-economy-brief-${day}.md`),
    [
      '---',
      `title: 경제 브리핑 ${index}호`,
      'categories:',
      '  - 경제',
      `excerpt: 경제 브리핑 ${index}호의 요약입니다.`,
      '---',
      '',
      `경제 브리핑 ${index}호 본문입니다. 수출과 물가 동향을 정리했습니다.`,
      '',
    ].join('\n'),
  );
}
console.log(`e2e content ready in ${path.relative(process.cwd(), target)}`);
