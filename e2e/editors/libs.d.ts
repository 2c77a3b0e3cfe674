// draft-js, react and react-dom 17 ship no types; the e2e pages use them through these loose shims
// (installing @types/react would put React's global JSX types beside the app's Preact ones).
declare module 'draft-js';
declare module 'react';
declare module 'react-dom';
