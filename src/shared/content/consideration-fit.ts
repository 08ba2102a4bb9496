import type { Localized } from '../locale';
import type { ConditionId, OptionKind } from './schema';

/** +1: the option tends to serve this consideration; −1: it tends to work against it; 0: neither, or it depends. */
export type FitDirection = -1 | 0 | 1;

/**
 * Why an option gains (+1) on a consideration. An option never gains without one (clinical review M11):
 * either the studies for this condition (source ids from the content's source list), or the plain fact of what
 * the option is ("therapy alone uses no medicine"), which is allowed only on the considerations that describe the
 * option itself (`DESCRIPTIVE_CONSIDERATIONS`).
 */
export type FitBasis = { sourceIds: readonly [string, ...string[]] } | 'what-the-option-is';

export interface FitCell {
  direction: FitDirection;
  /** One plain line saying why, shown next to the direction. */
  reason: Localized;
  /** Required for +1 (checked by the fit tests for every condition); absent for 0 and −1. */
  basis?: FitBasis;
}

export type ConsiderationFit = Record<OptionKind, FitCell>;

/** Considerations by id (the stable ids in considerations.ts). */
export type FitMapping = Record<string, ConsiderationFit>;

/** Per condition, the cells that differ from the general table (clinical review M11). */
export type FitOverrides = Partial<Record<ConditionId, Record<string, Partial<ConsiderationFit>>>>;

/**
 * Considerations about what an option involves rather than how well it works: an option may gain on these from
 * what it is, without a study. On every other consideration a gain needs a source.
 */
export const DESCRIPTIVE_CONSIDERATIONS = ['avoid-side-effects', 'no-medicine', 'time-each-week', 'lasting-skills'] as const;

const cell = (direction: FitDirection, en: string, es: string): FitCell => ({ direction, reason: { en, es } });
/** +1 from what the option is (only on a descriptive consideration). */
const byWhatItIs = (en: string, es: string): FitCell => ({ direction: 1, reason: { en, es }, basis: 'what-the-option-is' });
/** +1 from the studies for this condition. */
const sourced = (sourceIds: readonly [string, ...string[]], en: string, es: string): FitCell => ({
  direction: 1,
  reason: { en, es },
  basis: { sourceIds },
});

const dependsOnYou = cell(
  0,
  'This depends on you and your situation, not on the option.',
  'Esto depende de usted y de su situación, no de la opción.',
);
const dependsOnCondition = (en: string, es: string) => cell(0, en, es);

/**
 * How each option generally relates to each consideration. Deliberately careful and generic: it describes what an
 * option usually involves, never which option is better, and says "it depends" where that is the honest answer.
 * Where the evidence for one condition says more, `conditionFitOverrides` says it, with its sources.
 */
export const considerationFit: FitMapping = {
  'feel-better-quickly': {
    therapy: cell(0, 'Therapy usually takes several weeks to help.', 'La terapia suele tardar varias semanas en ayudar.'),
    medication: cell(0, 'Most medicines take a few weeks to help.', 'La mayoría de los medicamentos tardan unas semanas en ayudar.'),
    // Clinical review M11: "more people feel better with both" is about how many, not how fast.
    combined: dependsOnCondition(
      'Both together also take a few weeks. How fast each helps depends on the condition.',
      'Las dos juntas también tardan unas semanas. Lo rápido que ayuda cada una depende de la condición.',
    ),
    waiting: cell(-1, 'Waiting puts off treatment that could help sooner.', 'Esperar retrasa un tratamiento que podría ayudar antes.'),
  },
  'avoid-side-effects': {
    therapy: byWhatItIs('Therapy has no medicine side effects, though it can feel hard at times.', 'La terapia no tiene efectos secundarios de medicamentos, aunque a veces puede ser difícil.'),
    medication: cell(-1, 'Medicine can have side effects. Many fade after a few weeks.', 'Los medicamentos pueden tener efectos secundarios. Muchos pasan en unas semanas.'),
    combined: cell(-1, 'This includes medicine, so side effects are possible.', 'Incluye medicamentos, así que puede haber efectos secundarios.'),
    waiting: byWhatItIs('No treatment means no treatment side effects.', 'Sin tratamiento no hay efectos secundarios del tratamiento.'),
  },
  'no-medicine': {
    therapy: byWhatItIs('Therapy alone uses no medicine.', 'La terapia sola no usa medicamentos.'),
    medication: cell(-1, 'This option means taking medicine.', 'Esta opción significa tomar medicamentos.'),
    combined: cell(-1, 'This option includes taking medicine.', 'Esta opción incluye tomar medicamentos.'),
    waiting: byWhatItIs('Waiting uses no medicine for now.', 'Esperar no usa medicamentos por ahora.'),
  },
  'time-each-week': {
    therapy: cell(-1, 'Therapy usually means a visit each week, plus practice at home.', 'La terapia suele ser una visita cada semana, más práctica en casa.'),
    medication: byWhatItIs('Medicine takes a little time each day, plus some check-ups.', 'El medicamento toma poco tiempo cada día, más algunas citas de control.'),
    combined: cell(-1, 'This means therapy visits and taking medicine.', 'Significa ir a terapia y también tomar medicamentos.'),
    waiting: byWhatItIs('Waiting means only short check-ins.', 'Esperar solo significa citas cortas de control.'),
  },
  cost: {
    therapy: dependsOnYou,
    medication: dependsOnYou,
    combined: dependsOnYou,
    waiting: dependsOnYou,
  },
  'lasting-skills': {
    therapy: byWhatItIs('Therapy teaches skills you can keep using.', 'La terapia enseña habilidades que puede seguir usando.'),
    medication: cell(0, 'Medicine can ease symptoms but does not teach skills by itself.', 'El medicamento puede aliviar los síntomas, pero no enseña habilidades por sí solo.'),
    combined: byWhatItIs('The therapy part teaches skills you can keep using.', 'La parte de terapia enseña habilidades que puede seguir usando.'),
    waiting: cell(0, 'Waiting does not teach new skills by itself.', 'Esperar no enseña habilidades nuevas por sí solo.'),
  },
  // Whether an option lowers the chance of it coming back is a question for each condition's studies: the general
  // answer is "it depends", and the conditions with evidence say more below.
  'prevent-return': {
    therapy: dependsOnCondition('Whether therapy lowers the chance it comes back depends on the condition.', 'Si la terapia baja la probabilidad de que vuelva depende de la condición.'),
    medication: dependsOnCondition('Whether medicine lowers the chance it comes back depends on the condition.', 'Si el medicamento baja la probabilidad de que vuelva depende de la condición.'),
    combined: dependsOnCondition('Whether both together lower the chance it comes back depends on the condition.', 'Si las dos juntas bajan la probabilidad de que vuelva depende de la condición.'),
    waiting: cell(-1, 'Waiting does nothing to lower the chance it comes back.', 'Esperar no hace nada para bajar la probabilidad de que vuelva.'),
  },
  'family-views': {
    therapy: dependsOnYou,
    medication: dependsOnYou,
    combined: dependsOnYou,
    waiting: dependsOnYou,
  },
};

/**
 * Where one condition's evidence says more than the general table. Every +1 names the sources in that condition's
 * content that support it; a 0 here replaces a general line that would mislead for this condition.
 */
export const conditionFitOverrides: FitOverrides = {
  depression: {
    'prevent-return': {
      therapy: sourced(
        ['cuijpers-2013-cbt-relapse'],
        'After a course of CBT ends, fewer people have depression come back than after medicine is stopped.',
        'Después de terminar la TCC, a menos personas les vuelve la depresión que después de dejar el medicamento.',
      ),
      medication: sourced(
        ['geddes-2003-relapse'],
        'Staying on medicine as advised lowers the chance it comes back. Stopping it raises the chance.',
        'Seguir con el medicamento como se indicó baja la probabilidad de que vuelva. Dejarlo la sube.',
      ),
      combined: sourced(
        ['breedvelt-2020-relapse'],
        'Adding therapy while staying on medicine lowered the chance it comes back a little.',
        'Agregar terapia mientras sigue con el medicamento bajó un poco la probabilidad de que vuelva.',
      ),
    },
  },
  adhd: {
    'feel-better-quickly': {
      medication: sourced(
        ['nice-ng87'],
        'Stimulant medicine works on the day it is taken. Other ADHD medicines can take several weeks.',
        'El medicamento estimulante hace efecto el mismo día que se toma. Otros medicamentos para el TDAH pueden tardar varias semanas.',
      ),
      combined: sourced(
        ['nice-ng87'],
        'The medicine part can work on the day it is taken, if it is a stimulant.',
        'La parte del medicamento puede hacer efecto el mismo día que se toma, si es un estimulante.',
      ),
    },
    'prevent-return': {
      therapy: dependsOnCondition('ADHD usually lasts a long time. Treatment helps while it goes on.', 'El TDAH suele durar mucho tiempo. El tratamiento ayuda mientras continúa.'),
      medication: dependsOnCondition('ADHD usually lasts a long time. Medicine helps on the days it is taken.', 'El TDAH suele durar mucho tiempo. El medicamento ayuda los días que se toma.'),
      combined: dependsOnCondition('ADHD usually lasts a long time. Treatment helps while it goes on.', 'El TDAH suele durar mucho tiempo. El tratamiento ayuda mientras continúa.'),
    },
  },
  ocd: {
    'feel-better-quickly': {
      therapy: cell(0, 'ERP usually takes about 12 weeks to help.', 'La EPR suele tardar unas 12 semanas en ayudar.'),
      medication: cell(0, 'OCD medicine often takes 12 weeks or more to help fully.', 'El medicamento para el TOC a menudo tarda 12 semanas o más en ayudar del todo.'),
      combined: cell(
        0,
        'In the main study, ERP with medicine helped about as much as ERP alone, in the same 12 weeks.',
        'En el estudio principal, la EPR con medicamento ayudó más o menos igual que la EPR sola, en las mismas 12 semanas.',
      ),
    },
  },
  psychosis: {
    'prevent-return': {
      medication: sourced(
        ['leucht-2012-maintenance'],
        'Staying on medicine lowers the chance psychosis comes back within a year.',
        'Seguir con el medicamento baja la probabilidad de que la psicosis vuelva en un año.',
      ),
      combined: sourced(
        ['leucht-2012-maintenance', 'pharoah-2010-family'],
        'Medicine and family therapy each lowered the chance psychosis comes back.',
        'El medicamento y la terapia familiar bajaron cada uno la probabilidad de que la psicosis vuelva.',
      ),
    },
  },
  bpd: {
    'feel-better-quickly': {
      medication: cell(0, 'No medicine treats BPD itself. Medicine may help other problems, such as depression.', 'Ningún medicamento trata el TLP en sí. Puede ayudar con otros problemas, como la depresión.'),
      combined: cell(0, 'No medicine treats BPD itself. The therapy part is what treats BPD.', 'Ningún medicamento trata el TLP en sí. La parte de terapia es la que trata el TLP.'),
    },
    'prevent-return': {
      medication: cell(0, 'No medicine treats BPD itself, so it is not used to keep BPD from coming back.', 'Ningún medicamento trata el TLP en sí, así que no se usa para evitar que vuelva.'),
    },
  },
  'eating-disorders': {
    'feel-better-quickly': {
      medication: cell(0, 'Medicine helps some people with bulimia or binge eating. No medicine treats anorexia itself.', 'El medicamento ayuda a algunas personas con bulimia o atracones. Ningún medicamento trata la anorexia en sí.'),
    },
  },
};
