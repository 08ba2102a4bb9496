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
import { prefetchFirstScreen } from './api/prefetch';
import { App, preloadScreen } from './App';
import { initI18n } from './i18n';
import { parseRoute } from './routing/routes';

initI18n('en');

const queryClient = createQueryClient();
// The first screen's data and code are asked for now, side by side, not as each component mounts (issue 14).
const firstRoute = parseRoute(window.location.hash);
prefetchFirstScreen(queryClient, firstRoute);

const root = document.getElementById('root');
if (!root) throw new Error('Duet could not start: the page has no #root element.');

const rootElement = root;
// Rendered once the first screen's code is in (a lazy screen's chunk loads beside the reads above): a failed load
// renders anyway, and the screen shows its error with a way home.
void preloadScreen(firstRoute)
  .catch(() => undefined)
  .then(() =>
    createRoot(rootElement).render(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <App />
        </QueryClientProvider>
      </StrictMode>,
    ),
  );
