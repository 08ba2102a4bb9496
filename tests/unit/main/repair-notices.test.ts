import { describe, expect, it } from 'vitest';
import { RepairNotices } from '../../../src/main/repair-notices';
import type { RecoveryNotice } from '../../../src/main/storage';

const notice = (message: string): RecoveryNotice => ({ reason: 'unreadable', movedTo: null, message, files: [] });

describe('repair notices name patients, so they wait for an unlock (m2)', () => {
  it('shows nothing while locked, then everything that waited once unlocked', () => {
    let unlocked = false;
    const shown: string[] = [];
    const notices = new RepairNotices({
      isUnlocked: () => unlocked,
      show: (found) => {
        shown.push(found.message);
        return true;
      },
    });
    notices.tell(notice('The saved session for "J.M." was repaired.'));
    notices.tell(null);
    expect(shown).toEqual([]);
    expect(notices.waitingCount).toBe(1);
    unlocked = true;
    notices.unlocked();
    expect(shown).toEqual(['The saved session for "J.M." was repaired.']);
    notices.tell(notice('Another'));
    expect(shown).toHaveLength(2);
  });

  it('keeps a notice when there is no window to show it on', () => {
    const notices = new RepairNotices({ isUnlocked: () => true, show: () => false });
    notices.tell(notice('x'));
    expect(notices.waitingCount).toBe(1);
  });
});
