import type { Localized } from '../locale';
import type { OptionKind } from './schema';

/** +1: the option tends to serve this consideration; −1: it tends to work against it; 0: neither, or it depends. */
export type FitDirection = -1 | 0 | 1;

export interface FitCell {
  direction: FitDirection;
  /** One plain line saying why, shown next to the direction. */
  reason: Localized;
}

export type ConsiderationFit = Record<OptionKind, FitCell>;

/** Considerations by id (the stable ids in considerations.ts). */
export type FitMapping = Record<string, ConsiderationFit>;

const cell = (direction: FitDirection, en: string, es: string): FitCell => ({ direction, reason: { en, es } });

const dependsOnYou = cell(
  0,
  'This depends on you and your situation, not on the option.',
  'Esto depende de usted y de su situación, no de la opción.',
);

/**
 * How each option generally relates to each consideration, across conditions. Deliberately careful and generic:
 * it describes what an option usually involves, never which option is better, and "depends on you" where that is
 * the honest answer. Clinicians should say where a patient's condition or situation differs.
 */
export const considerationFit: FitMapping = {
  'feel-better-quickly': {
    therapy: cell(0, 'Therapy usually takes several weeks to help.', 'La terapia suele tardar varias semanas en ayudar.'),
    medication: cell(0, 'Most medicines take a few weeks to help.', 'La mayoría de los medicamentos tardan unas semanas en ayudar.'),
    combined: cell(
      1,
      'For many conditions, more people feel better with both together than with one alone.',
      'En muchas condiciones, más personas se sienten mejor con las dos juntas que con una sola.',
    ),
    waiting: cell(-1, 'Waiting puts off treatment that could help sooner.', 'Esperar retrasa un tratamiento que podría ayudar antes.'),
  },
  'avoid-side-effects': {
    therapy: cell(1, 'Therapy has no medicine side effects, though it can feel hard at times.', 'La terapia no tiene efectos secundarios de medicamentos, aunque a veces puede ser difícil.'),
    medication: cell(-1, 'Medicine can have side effects. Many fade after a few weeks.', 'Los medicamentos pueden tener efectos secundarios. Muchos pasan en unas semanas.'),
    combined: cell(-1, 'This includes medicine, so side effects are possible.', 'Incluye medicamentos, así que puede haber efectos secundarios.'),
    waiting: cell(1, 'No treatment means no treatment side effects.', 'Sin tratamiento no hay efectos secundarios del tratamiento.'),
  },
  'no-medicine': {
    therapy: cell(1, 'Therapy alone uses no medicine.', 'La terapia sola no usa medicamentos.'),
    medication: cell(-1, 'This option means taking medicine.', 'Esta opción significa tomar medicamentos.'),
    combined: cell(-1, 'This option includes taking medicine.', 'Esta opción incluye tomar medicamentos.'),
    waiting: cell(1, 'Waiting uses no medicine for now.', 'Esperar no usa medicamentos por ahora.'),
  },
  'time-each-week': {
    therapy: cell(-1, 'Therapy usually means a visit each week, plus practice at home.', 'La terapia suele ser una visita cada semana, más práctica en casa.'),
    medication: cell(1, 'Medicine takes a little time each day, plus some check-ups.', 'El medicamento toma poco tiempo cada día, más algunas citas de control.'),
    combined: cell(-1, 'This means therapy visits and taking medicine.', 'Significa ir a terapia y también tomar medicamentos.'),
    waiting: cell(1, 'Waiting means only short check-ins.', 'Esperar solo significa citas cortas de control.'),
  },
  cost: {
    therapy: dependsOnYou,
    medication: dependsOnYou,
    combined: dependsOnYou,
    waiting: dependsOnYou,
  },
  'lasting-skills': {
    therapy: cell(1, 'Therapy teaches skills you can keep using.', 'La terapia enseña habilidades que puede seguir usando.'),
    medication: cell(0, 'Medicine can ease symptoms but does not teach skills by itself.', 'El medicamento puede aliviar los síntomas, pero no enseña habilidades por sí solo.'),
    combined: cell(1, 'The therapy part teaches skills you can keep using.', 'La parte de terapia enseña habilidades que puede seguir usando.'),
    waiting: cell(0, 'Waiting does not teach new skills by itself.', 'Esperar no enseña habilidades nuevas por sí solo.'),
  },
  'prevent-return': {
    therapy: cell(1, 'Skills from therapy can lower the chance it comes back.', 'Las habilidades de la terapia pueden bajar la probabilidad de que vuelva.'),
    medication: cell(1, 'Taking medicine for as long as advised can lower the chance it comes back.', 'Tomar el medicamento el tiempo indicado puede bajar la probabilidad de que vuelva.'),
    combined: cell(1, 'Both parts can lower the chance it comes back.', 'Las dos partes pueden bajar la probabilidad de que vuelva.'),
    waiting: cell(-1, 'Waiting does nothing to lower the chance it comes back.', 'Esperar no hace nada para bajar la probabilidad de que vuelva.'),
  },
  'family-views': {
    therapy: dependsOnYou,
    medication: dependsOnYou,
    combined: dependsOnYou,
    waiting: dependsOnYou,
  },
};
