import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { MENU_CHANNEL } from '../../../src/shared/channels';
import type { MenuCommand } from '../../../src/shared/contract';

const windows = vi.hoisted(() => ({ focused: null as unknown }));

vi.mock('electron', () => ({
  BrowserWindow: { getFocusedWindow: () => windows.focused },
  Menu: { buildFromTemplate: vi.fn(), setApplicationMenu: vi.fn() },
}));

const { buildMenuTemplate, menuCommandSender } = await import('../../../src/main/menu');

type Item = MenuItemConstructorOptions;
const flatten = (items: Item[]): Item[] =>
  items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);

function build(overrides: Partial<Parameters<typeof buildMenuTemplate>[0]> = {}) {
  const sent: MenuCommand[] = [];
  const template = buildMenuTemplate({ isMac: false, isPackaged: true, locale: 'en', send: (c) => sent.push(c), ...overrides });
  return { template, items: flatten(template), sent };
}

const click = (item: Item | undefined) => (item!.click as () => void)();

describe('the app menu', () => {
  it('has File, Edit, View and Help on Windows and Linux', () => {
    expect(build().template.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it.each([
    ['New session', 'new-session', 'CmdOrCtrl+N'],
    ['Home', 'home', undefined],
    ['Practice outcomes', 'dashboard', undefined],
    ['Print…', 'print', 'CmdOrCtrl+P'],
    ['Save as PDF…', 'save-pdf', 'CmdOrCtrl+Shift+S'],
    ['Lock Duet', 'lock', 'CmdOrCtrl+L'],
    ['Settings', 'settings', 'CmdOrCtrl+,'],
    ['About this aid', 'about', undefined],
  ] as const)('%s sends %s to the page', (label, command, accelerator) => {
    const { items, sent } = build();
    const item = items.find((candidate) => candidate.label === label);
    expect(item?.accelerator).toBe(accelerator);
    click(item);
    expect(sent).toEqual([command]);
  });

  it('has Quit, the edit roles and the zoom and full-screen roles', () => {
    const roles = build().items.map((item) => item.role).filter(Boolean);
    expect(roles).toEqual(
      expect.arrayContaining(['quit', 'undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']),
    );
  });

  it('offers reload and developer tools only in unpackaged builds', () => {
    const packagedRoles = build({ isPackaged: true }).items.map((item) => item.role);
    expect(packagedRoles).not.toContain('reload');
    expect(packagedRoles).not.toContain('toggleDevTools');
    const devRoles = build({ isPackaged: false }).items.map((item) => item.role);
    expect(devRoles).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('on macOS puts About, Settings and Quit in the app menu and adds Window', () => {
    const { template } = build({ isMac: true });
    expect(template[0]!.role).toBe('appMenu');
    const appItems = flatten(template.slice(0, 1));
    expect(appItems.map((item) => item.label ?? item.role)).toEqual(expect.arrayContaining(['About this aid', 'Settings', 'quit']));
    const fileItems = flatten([template[1]!]);
    expect(fileItems.map((item) => item.role)).not.toContain('quit');
    expect(template.map((item) => item.label)).toContain('Window');
  });

  it('speaks Spanish when the default language is Spanish', () => {
    const { template, items } = build({ locale: 'es' });
    expect(template.map((item) => item.label)).toEqual(['Archivo', 'Editar', 'Ver', 'Ayuda']);
    expect(items.map((item) => item.label)).toContain('Guardar como PDF…');
  });
});

describe('menuCommandSender', () => {
  const windowWith = (send: (channel: string, command: string) => void) =>
    ({ isDestroyed: () => false, webContents: { send } }) as never;

  it('sends to the focused window on the menu channel', () => {
    const focusedSend = vi.fn();
    const fallbackSend = vi.fn();
    windows.focused = windowWith(focusedSend);
    menuCommandSender(() => windowWith(fallbackSend))('print');
    expect(focusedSend).toHaveBeenCalledWith(MENU_CHANNEL, 'print');
    expect(fallbackSend).not.toHaveBeenCalled();
  });

  it('falls back to the main window when none has focus, and does nothing without one', () => {
    const fallbackSend = vi.fn();
    windows.focused = null;
    menuCommandSender(() => windowWith(fallbackSend))('home');
    expect(fallbackSend).toHaveBeenCalledWith(MENU_CHANNEL, 'home');
    expect(() => menuCommandSender(() => null)('home')).not.toThrow();
  });
});
