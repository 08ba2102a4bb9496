import { call } from '../api/client';

/** After a wrong passphrase: how long main makes people wait before it checks another one (0 if it cannot say). */
export async function currentWaitSeconds(): Promise<number> {
  try {
    return (await call('getLockStatus')).waitSeconds;
  } catch {
    return 0;
  }
}
