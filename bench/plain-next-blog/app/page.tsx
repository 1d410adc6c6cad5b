import { getAllPosts } from '../lib/api';
import { PostList } from './post-list';

export default function Index() {
  return (
    <main>
      <PostList posts={getAllPosts().slice(0, 20)} />
    </main>
  );
}
