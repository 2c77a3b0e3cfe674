import { render } from 'preact';
import { App } from './app.tsx';
import './styles.css';

// The UI bench measures from here (the scripts are loaded and evaluated) and from navigation start.
performance.mark('replywise:app-start');
const mode = document.body.dataset.mode === 'sidepanel' ? 'sidepanel' : 'popup';
const root = document.getElementById('app');
if (root) render(<App mode={mode} />, root);
