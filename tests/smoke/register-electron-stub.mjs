// Used as `node --import ./tests/smoke/register-electron-stub.mjs out/main/index.js`.
import { register } from 'node:module';

register('./electron-hooks.mjs', import.meta.url);
