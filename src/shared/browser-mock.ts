/**
 * An in-memory stand-in for the parts of the WebExtension API the code uses, for unit tests.
 * Listeners can be fired by tests (`mock.runtime.onMessage.fire(...)`), and calls are recorded.
 */
type Listener = (...args: unknown[]) => unknown;

function event() {
  const listeners = new Set<Listener>();
  return {
    addListener: (l: Listener) => listeners.add(l),
    removeListener: (l: Listener) => listeners.delete(l),
    hasListener: (l: Listener) => listeners.has(l),
    fire: (...args: unknown[]) => [...listeners].map((l) => l(...args)),
    listeners,
  };
}

export function createBrowserMock() {
  const alarms = new Map<string, { name: string; scheduledTime: number; periodInMinutes?: number }>();
  const notifications = new Map<string, unknown>();
  const i18nMessages: Record<string, string> = {};
  let badge = { text: '', color: '' };
  return {
    runtime: {
      id: 'test-extension-id',
      getURL: (p: string) => `chrome-extension://test-extension-id/${p.replace(/^\//, '')}`,
      sendMessage: async (_msg: unknown) => undefined as unknown,
      onMessage: event(),
      onInstalled: event(),
      onStartup: event(),
      getManifest: () => ({ version: '0.0.0-test' }),
    },
    tabs: {
      query: async () => [],
      sendMessage: async () => undefined as unknown,
      update: async () => ({}),
      create: async (o: unknown) => ({ id: 1, ...(o as object) }),
      onRemoved: event(),
    },
    windows: { update: async () => ({}) },
    alarms: {
      create: (name: string, info: { when?: number; periodInMinutes?: number }) => {
        alarms.set(name, {
          name,
          scheduledTime: info.when ?? Date.now(),
          periodInMinutes: info.periodInMinutes,
        });
      },
      clear: async (name: string) => alarms.delete(name),
      clearAll: async () => {
        alarms.clear();
        return true;
      },
      get: async (name: string) => alarms.get(name),
      getAll: async () => [...alarms.values()],
      onAlarm: event(),
      _store: alarms,
    },
    notifications: {
      create: async (id: string, opts: unknown) => {
        notifications.set(id, opts);
        return id;
      },
      clear: async (id: string) => notifications.delete(id),
      onClicked: event(),
      _store: notifications,
    },
    action: {
      setBadgeText: async ({ text }: { text: string }) => {
        badge = { ...badge, text };
      },
      setBadgeBackgroundColor: async ({ color }: { color: string }) => {
        badge = { ...badge, color };
      },
      setTitle: async () => undefined,
      _badge: () => badge,
    },
    contextMenus: { create: () => undefined, removeAll: async () => undefined, onClicked: event() },
    commands: { onCommand: event() },
    sidePanel: { open: async () => undefined, setPanelBehavior: async () => undefined },
    permissions: {
      request: async () => true,
      contains: async () => true,
      onAdded: event(),
      onRemoved: event(),
    },
    scripting: {
      registerContentScripts: async () => undefined,
      unregisterContentScripts: async () => undefined,
      getRegisteredContentScripts: async () => [],
    },
    i18n: {
      getMessage: (key: string) => i18nMessages[key] ?? '',
      getUILanguage: () => 'en',
      _messages: i18nMessages,
    },
    storage: {
      local: { get: async () => ({}), set: async () => undefined },
      session: { get: async () => ({}), set: async () => undefined },
    },
  };
}

export type BrowserMock = ReturnType<typeof createBrowserMock>;
