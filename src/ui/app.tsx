/**
 * First version of the shared popup / side-panel app: the inbox of found posts, read live from the
 * database. The UI issue replaces this with the full inbox, composer, FAQ manager and settings.
 */
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import type { StoredPost } from '../shared/types.ts';
import { explainStorageError, getDb } from '../storage/db.ts';
import { seedDemo } from '../storage/demo-seed.ts';

export function App({ mode }: { mode: 'popup' | 'sidepanel' }) {
  const [posts, setPosts] = useState<StoredPost[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let sub: { unsubscribe(): void } | undefined;
    (async () => {
      const db = await getDb();
      if (location.hash === '#seed-demo') {
        await seedDemo(db);
        history.replaceState(null, '', location.pathname);
      }
      sub = liveQuery(() => db.posts.orderBy('receivedAt').reverse().limit(200).toArray()).subscribe({
        next: setPosts,
        error: (e) => setError(explainStorageError(e).message),
      });
    })().catch((e) => setError(explainStorageError(e).message));
    return () => sub?.unsubscribe();
  }, []);

  return (
    <main class={`app app--${mode}`}>
      <h1>Replywise</h1>
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {posts === null && !error && <p aria-busy="true">Loading…</p>}
      {posts && posts.length === 0 && (
        <p class="empty">No posts yet. Browse a feed and found posts appear here.</p>
      )}
      {posts && posts.length > 0 && (
        <ul class="inbox" aria-label="Inbox">
          {posts.map((p) => (
            <li key={p.key} data-key={p.key}>
              <strong>{p.author}</strong> <span>{p.kind}</span>
              <p>{p.text}</p>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
