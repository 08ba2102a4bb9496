import { z } from 'zod';

// zod probes for eval() once, to compile faster parsers; the page's CSP forbids eval, so the probe would only
// log a CSP violation. Imported first in main.tsx, before any module parses with zod.
z.config({ jitless: true });
