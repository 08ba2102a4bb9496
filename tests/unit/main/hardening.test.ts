import { describe, expect, it } from 'vitest';
import { dangerousSwitchesIn, devToolsAllowed, refusedSwitchesMessage } from '../../../src/main/hardening';

describe('switches a packaged Duet refuses (M10)', () => {
  it('finds remote debugging, inspector, no-sandbox and logging switches, with or without a value', () => {
    expect(
      dangerousSwitchesIn([
        '/opt/Duet/duet',
        '--remote-debugging-port=9222',
        '--REMOTE-DEBUGGING-PIPE',
        '--inspect-brk=0.0.0.0:9229',
        '--no-sandbox',
        '--disable-web-security',
        '--js-flags=--allow-natives-syntax',
        '--enable-logging=stderr',
        '--log-file=/tmp/x',
        '--remote-debugging-address=0.0.0.0',
      ]).sort(),
    ).toEqual(
      [
        'disable-web-security',
        'enable-logging',
        'inspect-brk',
        'js-flags',
        'log-file',
        'no-sandbox',
        'remote-debugging-address',
        'remote-debugging-pipe',
        'remote-debugging-port',
      ].sort(),
    );
  });

  it('leaves ordinary starts alone, and what follows "--" is a file name, not a switch', () => {
    expect(dangerousSwitchesIn(['/opt/Duet/duet', '--lang=es', '--allow-file-access-from-files-not', 'plan.pdf'])).toEqual([]);
    expect(dangerousSwitchesIn(['/opt/Duet/duet', '--', '--no-sandbox'])).toEqual([]);
  });

  it('says in plain words what was refused and what to do', () => {
    const message = refusedSwitchesMessage(['remote-debugging-port']);
    expect(message).toContain('--remote-debugging-port');
    expect(message).toMatch(/usual icon/);
  });

  it('developer tools only in unpackaged builds', () => {
    expect(devToolsAllowed(true)).toBe(false);
    expect(devToolsAllowed(false)).toBe(true);
  });
});
