import { BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron';
import { MENU_CHANNEL } from '../shared/channels';
import type { MenuCommand } from '../shared/contract';
import type { Locale } from '../shared/locale';
import menuEn from '../renderer/src/i18n/en/menu.json';
import menuEs from '../renderer/src/i18n/es/menu.json';

// The menu's words are the renderer's translations (namespace `menu`), so one table holds every UI string and the
// EN/ES parity test covers them. Main reads the JSON at build time; it never imports renderer code.
const LABELS = { en: menuEn, es: menuEs } satisfies Record<Locale, Record<string, string>>;

export interface MenuOptions {
  isMac: boolean;
  /** Packaged builds get no reload or developer tools. */
  isPackaged: boolean;
  locale: Locale;
  /** Delivers a command to the page, which knows which session is open. */
  send: (command: MenuCommand) => void;
}

export function buildMenuTemplate({ isMac, isPackaged, locale, send }: MenuOptions): MenuItemConstructorOptions[] {
  const text = LABELS[locale];
  const command = (label: string, name: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => send(name),
  });
  const settings = command(text.settings, 'settings', 'CmdOrCtrl+,');

  const appMenu: MenuItemConstructorOptions[] = isMac
    ? [
        {
          role: 'appMenu',
          submenu: [
            command(text.about, 'about'),
            { type: 'separator' },
            settings,
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : [];

  const file: MenuItemConstructorOptions = {
    label: text.file,
    submenu: [
      command(text.newSession, 'new-session', 'CmdOrCtrl+N'),
      command(text.home, 'home'),
      command(text.dashboard, 'dashboard'),
      { type: 'separator' },
      command(text.print, 'print', 'CmdOrCtrl+P'),
      command(text.savePdf, 'save-pdf', 'CmdOrCtrl+Shift+S'),
      { type: 'separator' },
      command(text.lock, 'lock', 'CmdOrCtrl+L'),
      ...(isMac ? [] : ([{ type: 'separator' }, settings, { type: 'separator' }, { role: 'quit' }] as const)),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: text.edit,
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: text.view,
    submenu: [
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(isPackaged ? [] : ([{ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' }] as const)),
    ],
  };

  const windowMenu: MenuItemConstructorOptions[] = isMac
    ? [{ label: text.window, submenu: [{ role: 'minimize' }, { role: 'zoom' }, { type: 'separator' }, { role: 'front' }] }]
    : [];

  const help: MenuItemConstructorOptions = { role: 'help', label: text.help, submenu: [command(text.about, 'about')] };

  return [...appMenu, file, edit, view, ...windowMenu, help];
}

/** Sends to the focused window, or else the main one (a menu click can arrive while no window has focus). */
export function menuCommandSender(fallback: () => BrowserWindow | null): (command: MenuCommand) => void {
  return (command) => {
    const target = BrowserWindow.getFocusedWindow() ?? fallback();
    if (target && !target.isDestroyed()) target.webContents.send(MENU_CHANNEL, command);
  };
}

export function installAppMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(options)));
}
