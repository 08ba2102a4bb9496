import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { duetContent } from './scripts/content-vite-plugin';

export default defineConfig({
  plugins: [react(), duetContent()],
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/storage/**/*.test.ts'], environment: 'node' } },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: ['tests/component/setup.ts'],
          // A hang guard, not a speed target: whole sessions typed through the UI on a busy 2-core machine.
          testTimeout: 30_000,
        },
      },
      { extends: true, test: { name: 'smoke', include: ['tests/smoke/**/*.test.ts'], environment: 'node' } },
    ],
  },
});
