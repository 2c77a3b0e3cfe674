/**
 * Vitest setup: an in-memory IndexedDB (fake-indexeddb) and a mock of webextension-polyfill, which
 * throws outside an extension. Tests that need a DOM say `// @vitest-environment jsdom` at the top.
 */
import 'fake-indexeddb/auto';
import { vi } from 'vitest';
import { createBrowserMock } from './browser-mock.ts';

vi.mock('webextension-polyfill', () => ({ default: createBrowserMock() }));
