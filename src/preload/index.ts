import { contextBridge, ipcRenderer } from 'electron';
import type { DuetApi, MenuCommand, OperationName } from '../shared/contract';
import { MENU_CHANNEL, channelFor } from '../shared/channels';

// One named function per operation. Nothing generic (no raw ipcRenderer, no channel parameter) reaches the page.
const call = (name: OperationName, input?: unknown) => ipcRenderer.invoke(channelFor(name), input);

const api: DuetApi = {
  listSessions: () => call('listSessions'),
  createSession: (input) => call('createSession', input),
  getSession: (input) => call('getSession', input),
  saveAnswers: (input) => call('saveAnswers', input),
  getStartup: () => call('getStartup'),
  setOpenSession: (input) => call('setOpenSession', input),
  getSettings: () => call('getSettings'),
  saveSettings: (input) => call('saveSettings', input),
  printPlan: (input) => call('printPlan', input),
  savePlanPdf: (input) => call('savePlanPdf', input),
  deleteSession: (input) => call('deleteSession', input),
  exportSession: (input) => call('exportSession', input),
  listAuditLog: () => call('listAuditLog'),
  getRetentionReview: () => call('getRetentionReview'),
  answerRetentionReview: (input) => call('answerRetentionReview', input),
  getLockStatus: () => call('getLockStatus'),
  setUpPassphrase: (input) => call('setUpPassphrase', input),
  unlock: (input) => call('unlock', input),
  lock: () => call('lock'),
  changePassphrase: (input) => call('changePassphrase', input),
  startFollowUp: (input) => call('startFollowUp', input),
  saveFollowUp: (input) => call('saveFollowUp', input),
  deleteFollowUp: (input) => call('deleteFollowUp', input),
  printFollowUp: (input) => call('printFollowUp', input),
  saveFollowUpPdf: (input) => call('saveFollowUpPdf', input),
  exportEpisodeFhir: (input) => call('exportEpisodeFhir', input),
  getPracticeServerStatus: () => call('getPracticeServerStatus'),
  listSyncConflicts: () => call('listSyncConflicts'),
  resolveSyncConflict: (input) => call('resolveSyncConflict', input),
  joinPracticeServer: (input) => call('joinPracticeServer', input),
  printDashboard: (input) => call('printDashboard', input),
  saveDashboardPdf: (input) => call('saveDashboardPdf', input),
  getDashboard: (input) => call('getDashboard', input),
  exportDashboardCsv: (input) => call('exportDashboardCsv', input),
  onMenuCommand: (listener) => {
    // The Electron event object never reaches the page: only the command string does.
    const forward = (_event: unknown, command: MenuCommand) => listener(command);
    ipcRenderer.on(MENU_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(MENU_CHANNEL, forward);
    };
  },
};

contextBridge.exposeInMainWorld('api', api);
