import type { RecoveryNotice } from './storage';

/**
 * Tells about repaired data, but only to someone who has unlocked Duet (security review m2): a notice names the
 * patient ("The saved session for "J.M." …"), so one found while Duet is locked, or before the first unlock, waits
 * for the next unlock. Nothing is shown over the lock screen.
 */
export class RepairNotices {
  private readonly waiting: RecoveryNotice[] = [];

  constructor(
    private readonly options: {
      isUnlocked: () => boolean;
      /** Shows one notice (a dialog on the main window); false when there is no window to show it on. */
      show: (notice: RecoveryNotice) => boolean;
    },
  ) {}

  tell = (notice: RecoveryNotice | null): void => {
    if (!notice) return;
    if (this.options.isUnlocked() && this.options.show(notice)) return;
    this.waiting.push(notice);
  };

  /** Called after each unlock: shows what waited. */
  unlocked(): void {
    if (!this.options.isUnlocked()) return;
    const pending = this.waiting.splice(0);
    pending.forEach((notice) => this.tell(notice));
  }

  get waitingCount(): number {
    return this.waiting.length;
  }
}
