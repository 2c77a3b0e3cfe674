/**
 * Single-page-app navigation. A content script cannot hook the page's history.pushState (that runs in the
 * page's world), so it listens to popstate/hashchange, to the Navigation API where there is one, and
 * polls location.href once a second (one string comparison).
 */
export function watchNavigation(
  onChange: (url: string) => void,
  win: Window = window,
  pollMs = 1000,
): () => void {
  let last = win.location.href;
  const check = () => {
    const now = win.location.href;
    if (now !== last) {
      last = now;
      onChange(now);
    }
  };
  const later = () => setTimeout(check, 0);
  win.addEventListener('popstate', later);
  win.addEventListener('hashchange', later);
  const nav = (win as unknown as { navigation?: EventTarget }).navigation;
  nav?.addEventListener?.('navigatesuccess', later);
  const timer = setInterval(check, pollMs);
  return () => {
    win.removeEventListener('popstate', later);
    win.removeEventListener('hashchange', later);
    nav?.removeEventListener?.('navigatesuccess', later);
    clearInterval(timer);
  };
}
