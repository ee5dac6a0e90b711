import './words/register.js';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element for the builder.');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
