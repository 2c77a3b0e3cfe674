/**
 * Lazy loader for the classifier: `const { classify } = await loadSignals()`. The dynamic import keeps the
 * lexicons and model weights in their own chunk, fetched on first use instead of at page start; later calls
 * reuse the same promise.
 */
let pending: Promise<typeof import('./index.ts')> | null = null;

export function loadSignals(): Promise<typeof import('./index.ts')> {
  if (!pending)
    pending = import('./index.ts').catch((e: unknown) => {
      pending = null; // let a later call retry
      throw e;
    });
  return pending;
}
