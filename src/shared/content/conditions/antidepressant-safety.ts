import type { Caution, OptionKind, Outcome } from '../schema';

// Medicine-safety cautions for every condition whose options include an antidepressant (depression, anxiety, OCD),
// written once so the three conditions cannot drift apart. Sources: ../sources/antidepressant-safety.ts; where each
// fact sits in its source: docs/evidence-trace.md, "Medicine safety" (clinical review C1, C2, M6, M12, M15).

/** FDA class boxed warning (C1), with NICE NG222's 1-week review for ages 18 to 25. */
export const boxedWarningCaution: Caution = {
  id: 'antidepressant-boxed-warning',
  kind: 'medicine-safety',
  text: {
    en: 'In the US, all antidepressants carry a warning for children, teens and young adults under 25. In short studies, a few more of them had thoughts of suicide, or acted on them. The risk is highest in the first 1 to 2 months and after a dose change. Family or friends should watch too. Tell the prescriber right away about new agitation, restlessness, irritability or talk of suicide. For people aged 18 to 25, the UK\'s NICE guideline advises a check 1 week after starting or raising the dose.',
    es: 'En Estados Unidos, todos los antidepresivos llevan una advertencia para niños, adolescentes y jóvenes menores de 25 años. En estudios cortos, algunos más de ellos tuvieron pensamientos de suicidio, o actuaron según ellos. El riesgo es mayor en los primeros 1 a 2 meses y después de un cambio de dosis. La familia o las amistades también deben estar pendientes. Avise de inmediato a quien receta si aparece agitación, inquietud o irritabilidad, o si la persona habla de suicidio. Para personas de 18 a 25 años, la guía NICE del Reino Unido aconseja una revisión 1 semana después de empezar o subir la dosis.',
  },
  sourceIds: ['fda-antidepressant-suicidality', 'fda-antidepressant-labels', 'nice-ng222'],
  appliesTo: ['under-18', 'under-25'],
};

/** Screen for bipolar disorder before an antidepressant (C2). */
export const bipolarScreenCaution: Caution = {
  id: 'antidepressant-bipolar-screen',
  kind: 'medicine-safety',
  text: {
    en: 'Tell your prescriber if you, or a close family member, have ever had bipolar disorder or times of very high mood (mania). An antidepressant alone can set off a high mood in some people. So your prescriber asks about this before you start.',
    es: 'Avise a quien le receta si usted, o un familiar cercano, ha tenido trastorno bipolar o épocas de ánimo muy alto (manía). Un antidepresivo solo puede provocar un ánimo muy alto en algunas personas. Por eso le preguntan por esto antes de empezar.',
  },
  sourceIds: ['fda-antidepressant-labels'],
  appliesTo: ['bipolar'],
};

/** Serotonin syndrome: interactions and the warning signs that mean "get help now" (M15). */
export const serotoninSyndromeCaution: Caution = {
  id: 'antidepressant-serotonin-syndrome',
  kind: 'medicine-safety',
  text: {
    en: 'Tell your prescriber about all the medicines, drugs and herbs you take. Some of them can cause a serious reaction when mixed with this medicine. It is called serotonin syndrome. Examples are migraine medicines called triptans, the painkiller tramadol, St John\'s wort and other antidepressants. Get help now if you have a fever, heavy sweating, shaking, muscle jerks, confusion or a racing heart.',
    es: 'Avise a quien le receta de todos los medicamentos, drogas y hierbas que usa. Algunos pueden causar una reacción grave si se mezclan con este medicamento. Se llama síndrome serotoninérgico. Por ejemplo, los medicamentos para la migraña llamados triptanes, el analgésico tramadol, la hierba de San Juan y otros antidepresivos. Pida ayuda de inmediato si tiene fiebre, mucho sudor, temblores, sacudidas de los músculos, confusión o el corazón muy acelerado.',
  },
  sourceIds: ['fda-antidepressant-labels'],
  appliesTo: ['other-medicines'],
};

/** Pregnancy and breastfeeding: one line on every medicine option (M6). */
export const pregnancyCaution: Caution = {
  id: 'medicine-pregnancy',
  kind: 'medicine-safety',
  text: {
    en: 'If you are pregnant, could become pregnant or are breastfeeding, tell your prescriber. Some medicines need a different plan. Do not stop a medicine suddenly on your own. Talk to your prescriber first.',
    es: 'Si está embarazada, podría quedar embarazada o está dando pecho, avise a quien le receta. Algunos medicamentos necesitan otro plan. No deje un medicamento de golpe por su cuenta. Hable antes con quien le receta.',
  },
  sourceIds: ['fda-antidepressant-labels', 'nice-ng222'],
  appliesTo: ['pregnancy'],
};

/** Replaces the seed's "medicine first for suicidal thoughts" (M12): review and safety plan first. */
export const suicidalThoughtsReviewFirstCaution: Caution = {
  id: 'suicidal-thoughts-review-first',
  kind: 'red-flag',
  text: {
    en: 'If you have thoughts of suicide, tell your clinician. An urgent review and a safety plan come first. Medicine may be started or changed as part of that plan.',
    es: 'Si tiene pensamientos de suicidio, dígaselo a su profesional de salud. Primero se necesita una revisión urgente y un plan de seguridad. El medicamento se puede empezar o cambiar como parte de ese plan.',
  },
  sourceIds: ['nice-ng225', 'nice-ng222'],
  appliesTo: ['suicidal-thoughts'],
};

/** The cautions every antidepressant option carries, in the order they are shown. */
export const antidepressantCautions: Caution[] = [
  boxedWarningCaution,
  bipolarScreenCaution,
  serotoninSyndromeCaution,
  pregnancyCaution,
];

// ---- The harm outcome (M13) -------------------------------------------------------------------------------------

/** A rate measured in the cited source and shown as-is, rounded to a whole person. */
export interface MeasuredRate {
  outcomeId: string;
  option: OptionKind;
  /** The published rate, unrounded. */
  percent: number;
  sourceId: string;
}

/**
 * Henssler 2024, 62 study groups: at least one discontinuation symptom after stopping an antidepressant. "Medicine"
 * and "both together" both include an antidepressant that will one day be stopped, so both show the same rate;
 * therapy alone has no medicine to stop and shows none. Each condition's evidence test checks these.
 */
export const discontinuationMeasuredRates: MeasuredRate[] = [
  { outcomeId: 'symptoms-after-stopping', option: 'medication', percent: 31, sourceId: 'henssler-2024-discontinuation' },
  { outcomeId: 'symptoms-after-stopping', option: 'combined', percent: 31, sourceId: 'henssler-2024-discontinuation' },
];

/** Symptoms after stopping an antidepressant, shown like a benefit (icon array, certainty, time frame, source). */
export const discontinuationSymptomsOutcome: Outcome = {
  id: 'symptoms-after-stopping',
  kind: 'harm',
  label: {
    en: 'Symptoms when you stop the medicine',
    es: 'Síntomas al dejar el medicamento',
  },
  definition: {
    en: 'At least one new symptom after stopping the medicine or cutting the dose. Examples are feeling dizzy or sick, poor sleep or feeling restless.',
    es: 'Al menos un síntoma nuevo al dejar el medicamento o bajar la dosis. Por ejemplo, mareo, náuseas, mal sueño o inquietud.',
  },
  population: {
    en: 'People who stopped this kind of medicine in studies of depression, anxiety and other problems. "Both together" uses the same medicines, so it shows the same number. Therapy alone has no medicine to stop.',
    es: 'Personas que dejaron este tipo de medicamento en estudios de depresión, ansiedad y otros problemas. "Ambos juntos" usa los mismos medicamentos, así que muestra el mismo número. La terapia sola no tiene medicamento que dejar.',
  },
  timeFrame: {
    en: 'In the weeks after stopping. The studies checked at different times.',
    es: 'En las semanas después de dejarlo. Los estudios revisaron en distintos momentos.',
  },
  higherIsBetter: false,
  results: [
    { option: 'medication', per100: 31 },
    { option: 'combined', per100: 31 },
  ],
  certainty: 'low',
  certaintyReason: {
    en: 'A review of 79 studies with about 21,000 people. But the studies asked about symptoms in very different ways. And some symptoms come from expecting them.',
    es: 'Una revisión de 79 estudios con unas 21,000 personas. Pero los estudios preguntaron por los síntomas de formas muy distintas. Y algunos síntomas vienen de esperar tenerlos.',
  },
  derivation: {
    en: 'The review pooled the studies. 31 out of 100 people who stopped an antidepressant had at least one symptom. In a smaller set of studies, 17 out of 100 who stopped a dummy pill did too. So roughly 14 in 100 may be due to the medicine. About 3 out of 100 had severe symptoms.',
    es: 'La revisión combinó los estudios. 31 de cada 100 personas que dejaron un antidepresivo tuvieron al menos un síntoma. En un grupo más pequeño de estudios, también 17 de cada 100 que dejaron una pastilla falsa. Así que unos 14 de cada 100 podrían deberse al medicamento. Unas 3 de cada 100 tuvieron síntomas graves.',
  },
  effects: [
    {
      measure: 'percent',
      value: 31,
      comparison: {
        en: 'Share with at least one symptom after stopping an antidepressant',
        es: 'Proporción con al menos un síntoma al dejar un antidepresivo',
      },
      sourceId: 'henssler-2024-discontinuation',
    },
    {
      measure: 'percent',
      value: 17,
      comparison: {
        en: 'Share with at least one symptom after stopping a dummy pill (placebo)',
        es: 'Proporción con al menos un síntoma al dejar una pastilla falsa (placebo)',
      },
      sourceId: 'henssler-2024-discontinuation',
    },
    {
      measure: 'percent',
      value: 2.8,
      comparison: {
        en: 'Share with severe symptoms after stopping an antidepressant',
        es: 'Proporción con síntomas graves al dejar un antidepresivo',
      },
      sourceId: 'henssler-2024-discontinuation',
    },
  ],
  sourceIds: ['henssler-2024-discontinuation'],
};
