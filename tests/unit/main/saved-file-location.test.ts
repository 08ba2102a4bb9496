import { describe, expect, it } from 'vitest';
import { localDateForFileName, syncedFolderWarning } from '../../../src/main/saved-file-location';

describe('folders that would take a plan off the computer (M11)', () => {
  it.each([
    ['C:\\Users\\dr\\OneDrive\\Documents\\plan.pdf', 'OneDrive'],
    ['C:\\Users\\dr\\OneDrive - Riverside Clinic\\plan.pdf', 'OneDrive'],
    ['/Users/dr/Library/Mobile Documents/com~apple~CloudDocs/plan.pdf', 'iCloud Drive'],
    ['/Users/dr/Library/CloudStorage/GoogleDrive-dr@x.org/plan.pdf', 'a cloud storage folder'],
    ['\\\\fileserver\\share\\plan.pdf', 'a network folder'],
    ['//fileserver/share/plan.pdf', 'a network folder'],
    ['/home/dr/Dropbox/plan.pdf', 'Dropbox'],
  ])('%s is named as %s', (path, name) => {
    expect(syncedFolderWarning(path)).toContain(name);
  });

  it.each(['C:\\Users\\dr\\Documents\\plan.pdf', '/home/dr/plans/plan.pdf', 'D:\\Plans\\OneDriveNotes\\plan.pdf'])(
    '%s on this computer gets no warning',
    (path) => expect(syncedFolderWarning(path)).toBeNull(),
  );

  it('suggested names use the local date', () => {
    expect(localDateForFileName(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
