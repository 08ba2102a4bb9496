import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

/**
 * The floor for load.first-step: one React component, same build settings as the renderer, nothing else.
 * The bench waits for the same signal as for Duet: a heading that is visible, plus a button that takes a click.
 */
function Baseline() {
  return (
    <main>
      <h1>Baseline</h1>
      <button type="button">Next</button>
    </main>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <Baseline />
  </StrictMode>,
);
