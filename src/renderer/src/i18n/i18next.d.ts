// Typed translation keys (i18next's TypeScript support): t('…') only accepts keys of the English files, so a
// typo or a key missing from English fails to compile. tests/unit/i18n-parity.test.ts checks that every English
// file is listed here and that Spanish has the same keys.
import type about from './en/about.json';
import type aboutYou from './en/aboutYou.json';
import type common from './en/common.json';
import type dashboard from './en/dashboard.json';
import type evidence from './en/evidence.json';
import type followUp from './en/followUp.json';
import type followUpPrint from './en/followUpPrint.json';
import type glossary from './en/glossary.json';
import type home from './en/home.json';
import type lock from './en/lock.json';
import type measures from './en/measures.json';
import type menu from './en/menu.json';
import type newSession from './en/newSession.json';
import type plan from './en/plan.json';
import type practiceServer from './en/practiceServer.json';
import type prepare from './en/prepare.json';
import type print from './en/print.json';
import type quality from './en/quality.json';
import type records from './en/records.json';
import type settings from './en/settings.json';
import type steps from './en/steps.json';
import type trajectory from './en/trajectory.json';
import type values from './en/values.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    returnNull: false;
    resources: {
      about: typeof about;
      aboutYou: typeof aboutYou;
      common: typeof common;
      dashboard: typeof dashboard;
      evidence: typeof evidence;
      followUp: typeof followUp;
      followUpPrint: typeof followUpPrint;
      glossary: typeof glossary;
      home: typeof home;
      lock: typeof lock;
      measures: typeof measures;
      menu: typeof menu;
      newSession: typeof newSession;
      plan: typeof plan;
      practiceServer: typeof practiceServer;
      prepare: typeof prepare;
      print: typeof print;
      quality: typeof quality;
      records: typeof records;
      settings: typeof settings;
      steps: typeof steps;
      trajectory: typeof trajectory;
      values: typeof values;
    };
  }
}
