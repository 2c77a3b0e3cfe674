import { render } from 'preact';
import { App } from './app.tsx';
import './styles.css';

const mode = document.body.dataset.mode === 'sidepanel' ? 'sidepanel' : 'popup';
const root = document.getElementById('app');
if (root) render(<App mode={mode} />, root);
