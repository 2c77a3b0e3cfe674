/**
 * One polite live region for the whole app: actions announce their outcome here ("3 posts marked
 * answered", "Copied to the clipboard"), with an optional Undo.
 */
import { type ComponentChildren, createContext } from 'preact';
import { useCallback, useContext, useEffect, useState } from 'preact/hooks';
import { t } from '../i18n.ts';

export interface StatusMessage {
  text: string;
  kind?: 'info' | 'error';
  undo?: () => void | Promise<void>;
}

type Ctx = { message: StatusMessage | null; show: (m: StatusMessage | null) => void };
const StatusContext = createContext<Ctx>({ message: null, show: () => undefined });

export function StatusProvider({ children }: { children: ComponentChildren }) {
  const [message, setMessage] = useState<StatusMessage | null>(null);
  const show = useCallback((m: StatusMessage | null) => setMessage(m), []);
  return <StatusContext.Provider value={{ message, show }}>{children}</StatusContext.Provider>;
}

export function useStatus(): (m: StatusMessage | null) => void {
  return useContext(StatusContext).show;
}

export function Status() {
  const { message, show } = useContext(StatusContext);
  useEffect(() => {
    if (!message || message.undo || message.kind === 'error') return;
    const id = setTimeout(() => show(null), 6000);
    return () => clearTimeout(id);
  }, [message, show]);
  return (
    <div
      class={`status ${message?.kind === 'error' ? 'status--error' : ''}`}
      role="status"
      aria-live="polite"
    >
      {message && (
        <>
          <span class="status-text">{message.text}</span>
          {message.undo && (
            <button
              type="button"
              class="btn btn--small"
              onClick={async () => {
                await message.undo?.();
                show({ text: t('undone') });
              }}
            >
              {t('undo')}
            </button>
          )}
          <button
            type="button"
            class="btn btn--ghost btn--small"
            aria-label={t('dismissMessage')}
            onClick={() => show(null)}
          >
            ×
          </button>
        </>
      )}
    </div>
  );
}
