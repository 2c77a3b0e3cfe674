/**
 * Service worker entry. Stateless: Chrome stops it after ~30 s idle, so everything it must remember is in
 * the database, timers are `alarms`, and start-up re-arms them. Listeners are registered synchronously at
 * the top level so a message or alarm that wakes the worker finds them.
 */
import browser from 'webextension-polyfill';
import { handle } from '../shared/runtime.ts';
import { installCommands } from './commands.ts';
import { installDeadlineHandlers } from './deadlines.ts';
import { handlers } from './handlers.ts';

handle(handlers);
installDeadlineHandlers();
installCommands();

// The toolbar button opens the popup; the side panel is opened from the popup or the keyboard shortcut.
// (Chrome only: Firefox shows the same app in its sidebar.)
const chromeSidePanel = (
  globalThis as { chrome?: { sidePanel?: { setPanelBehavior?: (o: object) => Promise<void> } } }
).chrome?.sidePanel;
chromeSidePanel?.setPanelBehavior?.({ openPanelOnActionClick: false }).catch(() => undefined);

browser.runtime.onInstalled.addListener(() => undefined);
