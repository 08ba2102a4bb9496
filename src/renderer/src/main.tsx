import './zod-config';
import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import './styles/base.css';
import './styles/forms.css';
import './styles/home.css';
import './styles/session.css';
import './styles/steps.css';
import './styles/lock.css';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createQueryClient } from './api/hooks';
import { App } from './App';
import { initI18n } from './i18n';

initI18n('en');

const root = document.getElementById('root');
if (!root) throw new Error('Duet could not start: the page has no #root element.');

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={createQueryClient()}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
