import type { Caution, Condition, Modality, OptionKind } from '../schema';
import { pregnancyCaution } from './antidepressant-safety';

// Full content. Antipsychotic medicine is the backbone of care here, so "waiting" is not offered, and the
// therapy-only option carries the guideline's advice that therapy works better with medicine.
// Every figure traces to a source in ../sources/psychosis.ts; docs/evidence-trace-psychosis.md records where in each
// source it sits and how the "out of 100" numbers were made. Do not change a number without updating both.

const antipsychotic: Modality = {
  id: 'antipsychotic',
  name: { en: 'Antipsychotic medicine', es: 'Medicamento antipsicótico' },
  description: {
    en: 'A daily medicine that eases voices, false beliefs and mixed-up thinking. It also lowers the chance that psychosis comes back.',
    es: 'Un medicamento diario que alivia las voces, las creencias falsas y el pensamiento confuso. También baja la probabilidad de que la psicosis vuelva.',
  },
};

const longActingInjection: Modality = {
  id: 'long-acting-injection',
  name: { en: 'Long-acting injection', es: 'Inyección de acción prolongada' },
  description: {
    en: 'An antipsychotic given as a shot every few weeks or months, so you do not need to take pills every day.',
    es: 'Un antipsicótico que se aplica con una inyección cada algunas semanas o meses, para no tener que tomar pastillas todos los días.',
  },
};

const cbtp: Modality = {
  id: 'cbtp',
  name: { en: 'CBT for psychosis', es: 'Terapia cognitivo-conductual para la psicosis' },
  abbreviation: { en: 'CBTp', es: 'TCCp' },
  description: {
    en: 'Talk therapy about things like hearing voices or unusual beliefs. It helps lower the stress they cause, and find ways to cope.',
    es: 'Terapia de conversación sobre cosas como escuchar voces o tener creencias poco comunes. Ayuda a bajar el estrés que causan y a encontrar formas de afrontarlas.',
  },
};

const familyIntervention: Modality = {
  id: 'family-intervention',
  name: { en: 'Family intervention', es: 'Intervención familiar' },
  description: {
    en: 'Meetings with you and your family to understand psychosis together, lower stress at home and plan for hard times.',
    es: 'Reuniones con usted y su familia para entender juntos la psicosis, bajar el estrés en casa y prepararse para los momentos difíciles.',
  },
};

const ips: Modality = {
  id: 'ips',
  name: { en: 'Individual placement and support', es: 'Empleo con apoyo individual' },
  abbreviation: { en: 'IPS', es: 'IPS, por sus siglas en inglés' },
  description: {
    en: 'Supported employment: a job coach who works with your care team helps you find and keep a regular job.',
    es: 'Empleo con apoyo: un asesor de empleo que trabaja con su equipo de salud le ayuda a encontrar y mantener un trabajo regular.',
  },
};

const coordinatedSpecialtyCare: Modality = {
  id: 'coordinated-specialty-care',
  name: { en: 'Coordinated specialty care', es: 'Atención especializada coordinada' },
  abbreviation: { en: 'CSC', es: 'CSC, por sus siglas en inglés' },
  description: {
    en: 'For a first episode. One team offers medicine, therapy, family support, and help with school or work. You plan it together. It is also called early help for psychosis.',
    es: 'Para un primer episodio. Un solo equipo ofrece medicamento, terapia, apoyo a la familia y ayuda con la escuela o el trabajo. Lo planean juntos. También se llama atención temprana de la psicosis.',
  },
};

// ---- How each "out of 100" figure was made ---------------------------------------------------------------------

/**
 * A figure made from a baseline arm and a published ratio. tests/unit/evidence-psychosis.test.ts recomputes each
 * one with perHundredFromRiskRatio and checks the ratio and the baseline are shown in the outcome's effects.
 */
export interface RatioDerivation {
  outcomeId: string;
  option: OptionKind;
  baselineOption: OptionKind;
  /** The medicine group's rate in the cited review, unrounded. */
  baselinePer100: number;
  measure: 'RR' | 'OR';
  publishedValue: number;
}

/** A figure taken straight from one arm of the cited review: the published percentage. */
export interface DirectFigure {
  outcomeId: string;
  option: OptionKind;
  publishedPercent: number;
}

export const directFigures: DirectFigure[] = [
  // Leucht 2012: weight gain 10% on maintenance antipsychotics vs 6% on placebo (RR 2.07). "Both together" uses the
  // same medicine, so it carries the medicine figure; "therapy alone" means no antipsychotic, i.e. the placebo arms.
  { outcomeId: 'weight-gain', option: 'medication', publishedPercent: 10 },
  { outcomeId: 'weight-gain', option: 'combined', publishedPercent: 10 },
  { outcomeId: 'weight-gain', option: 'therapy', publishedPercent: 6 },
];

export const derivations: RatioDerivation[] = [
  // Baseline: 27% relapse at 7-12 months on maintenance medicine (Leucht 2012). Ratio: family intervention on top of
  // standard care, which included medicine, RR 0.55 (Pharoah 2010).
  { outcomeId: 'psychosis-comes-back', option: 'combined', baselineOption: 'medication', baselinePer100: 27, measure: 'RR', publishedValue: 0.55 },
  // Baseline: 10% readmitted on maintenance medicine (Leucht 2012). Ratio: family intervention RR 0.78 (Pharoah 2010).
  { outcomeId: 'back-in-hospital', option: 'combined', baselineOption: 'medication', baselinePer100: 10, measure: 'RR', publishedValue: 0.78 },
];

// ---- Medicine safety (clinical review M3) -------------------------------------------------------------------

const clozapineCaution: Caution = {
  id: 'clozapine-after-two-medicines',
  kind: 'medicine-safety',
  text: {
    en: "If two different antipsychotics have not helped enough, the UK's NICE guideline says to offer clozapine. It is the medicine with the best evidence when others have not worked. In the US it is also approved to lower the risk of suicide attempts in people at high risk. It needs regular blood tests, because it can lower the white blood cells that fight infection. Rare but serious risks are swelling of the heart muscle (myocarditis), mostly in the first weeks, and severe constipation. Its US warning also lists fainting from low blood pressure, mostly at the start, and seizures.",
    es: 'Si dos antipsicóticos distintos no han ayudado lo suficiente, la guía NICE del Reino Unido dice que se ofrezca clozapina. Es el medicamento con mejores pruebas cuando otros no han funcionado. En EE. UU. también está aprobada para bajar el riesgo de intentos de suicidio en personas con alto riesgo. Necesita análisis de sangre regulares, porque puede bajar los glóbulos blancos que combaten las infecciones. Riesgos poco comunes pero graves son la inflamación del músculo del corazón (miocarditis), sobre todo en las primeras semanas, y el estreñimiento grave. Su advertencia en EE. UU. también menciona desmayos por presión baja, sobre todo al empezar, y convulsiones.',
  },
  sourceIds: ['nice-cg178', 'fda-clozapine-label'],
  appliesTo: ['heart', 'suicidal-thoughts'],
};

const tardiveDyskinesiaCaution: Caution = {
  id: 'tardive-dyskinesia',
  kind: 'medicine-safety',
  text: {
    en: 'After months or years, antipsychotics can cause tardive dyskinesia. These are movements you cannot control, often of the mouth, tongue or face. They can last even after the medicine stops. Your team checks for them. Tell them early about any new movements.',
    es: 'Después de meses o años, los antipsicóticos pueden causar discinesia tardía. Son movimientos que no se pueden controlar, a menudo de la boca, la lengua o la cara. Pueden durar aun después de dejar el medicamento. Su equipo los revisa. Avíseles pronto de cualquier movimiento nuevo.',
  },
  sourceIds: ['fda-antipsychotic-labels'],
  appliesTo: ['older-adult'],
};

const sideEffectsDifferCaution: Caution = {
  id: 'side-effects-differ',
  kind: 'medicine-safety',
  text: {
    en: 'Antipsychotics differ a lot in side effects. A large review compared them. Some cause more weight gain. Some cause more stiffness and shaking. Some raise a hormone called prolactin more. Ask which ones are more likely to cause each side effect. High prolactin can cause sexual problems, missed periods or breast changes. Say which side effects worry you most, so you can choose together.',
    es: 'Los antipsicóticos son muy distintos en sus efectos secundarios. Una revisión grande los comparó. Algunos causan más aumento de peso. Algunos causan más rigidez y temblor. Algunos suben más una hormona llamada prolactina. Pregunte cuáles tienen más riesgo de cada efecto. La prolactina alta puede causar problemas sexuales, falta de regla o cambios en los senos. Diga qué efectos le preocupan más, para elegir juntos.',
  },
  sourceIds: ['huhn-2019-antipsychotics', 'fda-antipsychotic-labels'],
};

const metabolicChecksCaution: Caution = {
  id: 'metabolic-checks',
  kind: 'medicine-safety',
  text: {
    en: "The UK's NICE guideline sets the checks. Before you start, your weight, blood and heart are checked. Then weight is checked every week for the first 6 weeks, then at 12 weeks, at 1 year, and every year after. Blood sugar, blood fats, pulse and blood pressure are checked at 12 weeks, at 1 year, and every year after.",
    es: 'La guía NICE del Reino Unido fija los controles. Antes de empezar, se revisan su peso, su sangre y su corazón. Luego el peso se revisa cada semana durante las primeras 6 semanas, luego a las 12 semanas, al año, y después cada año. El azúcar y las grasas de la sangre, el pulso y la presión se revisan a las 12 semanas, al año, y después cada año.',
  },
  sourceIds: ['nice-cg178'],
  appliesTo: ['heart'],
};

// ---- The condition ------------------------------------------------------------------------------------------

export const condition: Condition = {
  id: 'psychosis',
  name: { en: 'Psychosis and schizophrenia', es: 'Psicosis y esquizofrenia' },
  tagline: {
    en: 'Losing touch with what is real, such as hearing voices or holding beliefs others do not share.',
    es: 'Perder el contacto con la realidad, por ejemplo escuchar voces o tener creencias que otras personas no comparten.',
  },
  whatItIs: {
    en: 'Psychosis means losing touch with what is real for a time. A person may hear or see things others do not. These are called hallucinations. They may firmly believe things that are not true, called delusions. Thinking and speech can get confused, and daily life can get hard to manage. A first episode most often starts in the late teens or early twenties. Schizophrenia is one condition in which psychosis lasts a long time or keeps coming back.',
    es: 'La psicosis es perder por un tiempo el contacto con la realidad. La persona puede escuchar o ver cosas que otras personas no perciben. Esto se llama alucinaciones. Puede creer con firmeza cosas que no son ciertas, lo que se llama ideas delirantes. El pensamiento y la forma de hablar pueden volverse confusos, y la vida diaria puede ser difícil de llevar. Un primer episodio suele empezar al final de la adolescencia o alrededor de los veinte años. La esquizofrenia es una condición en la que la psicosis dura mucho tiempo o vuelve una y otra vez.',
  },
  naturalCourse: {
    en: 'Many people get much better after a first episode. In 79 long-term studies, about 58 in 100 people saw their symptoms settle. About 38 in 100 got well in both symptoms and daily life. Most of them had treatment. Without medicine, psychosis often comes back. In studies where people stopped their medicine, 64 out of 100 had it come back within a year.',
    es: 'Muchas personas mejoran mucho después de un primer episodio. En 79 estudios de largo plazo, a unas 58 de cada 100 personas se les calmaron los síntomas. Unas 38 de cada 100 se recuperaron tanto en los síntomas como en la vida diaria. La mayoría recibió tratamiento. Sin medicamento, la psicosis vuelve con frecuencia. En estudios donde las personas dejaron su medicamento, a 64 de cada 100 les volvió en un año.',
  },
  decision: {
    en: 'Antipsychotic medicine is the backbone of treatment for psychosis. The choice is which medicine to try first, weighing the side effects that matter most to you, and what to add to it. You can add CBT for psychosis, family work, and help with work or school.',
    es: 'El medicamento antipsicótico es la base del tratamiento de la psicosis. La decisión es qué medicamento probar primero, según los efectos secundarios que más le importan, y qué agregarle. Puede agregar terapia cognitivo-conductual para la psicosis, trabajo con la familia y ayuda con el trabajo o la escuela.',
  },
  completeness: 'full',
  options: [
    {
      kind: 'therapy',
      summary: {
        en: 'CBT for psychosis, family work, and help with work or school, without antipsychotic medicine.',
        es: 'Terapia cognitivo-conductual para la psicosis, trabajo con la familia y ayuda con el trabajo o la escuela, sin medicamento antipsicótico.',
      },
      modalities: [cbtp, familyIntervention, ips],
      involves: {
        timeEachWeek: {
          en: 'Often one session a week for several months. Family meetings may be every week or two. A job coach meets you as often as you need.',
          es: 'A menudo una sesión por semana durante varios meses. Las reuniones familiares pueden ser cada una o dos semanas. Un asesor de empleo se reúne con usted tan seguido como lo necesite.',
        },
        howSoonItHelps: {
          en: 'Any gain builds slowly over months. In studies, CBT for psychosis eased voices and delusions only a little.',
          es: 'Cualquier mejora llega poco a poco en meses. En los estudios, la TCC para la psicosis alivió las voces y las ideas delirantes solo un poco.',
        },
        commonBurdens: {
          en: 'You need close check-ins, because psychosis can come back. Talking about voices or beliefs can be upsetting at first.',
          es: 'Necesita controles frecuentes, porque la psicosis puede volver. Hablar de las voces o creencias puede ser difícil al principio.',
        },
        costs: {
          en: 'Depends on your insurance or clinic. Public early psychosis teams may offer these at low cost.',
          es: 'Depende de su seguro o clínica. Los equipos públicos de psicosis temprana pueden ofrecerlas a bajo costo.',
        },
      },
      benefits: [
        {
          en: 'There are no medicine side effects.',
          es: 'No hay efectos secundarios de medicamentos.',
        },
        {
          en: 'You learn ways to cope with voices and stress.',
          es: 'Aprende formas de manejar las voces y el estrés.',
        },
      ],
      harms: [
        {
          en: 'Without medicine, psychosis is much more likely to come back.',
          es: 'Sin medicamento, es mucho más probable que la psicosis vuelva.',
        },
        {
          en: 'CBT for psychosis has only a small effect on symptoms.',
          es: 'La TCC para la psicosis tiene solo un efecto pequeño en los síntomas.',
        },
      ],
      caveat: {
        en: "The UK's NICE guideline says these therapies work better together with antipsychotic medicine. Most people are not advised to use therapy alone. If you choose it, your team will watch closely for signs you are getting worse.",
        es: 'La guía NICE del Reino Unido dice que estas terapias funcionan mejor junto con el medicamento antipsicótico. A la mayoría no se le aconseja usar solo terapia. Si usted la elige, su equipo estará muy atento a las señales de que empeora.',
      },
    },
    {
      kind: 'medication',
      summary: {
        en: 'An antipsychotic pill every day, or a long-acting shot. You and your doctor choose the medicine together. You weigh the good it does against the side effects.',
        es: 'Una pastilla antipsicótica cada día, o una inyección de acción prolongada. Usted y su médico eligen el medicamento juntos. Comparan el bien que hace con sus efectos secundarios.',
      },
      modalities: [antipsychotic, longActingInjection],
      involves: {
        timeEachWeek: {
          en: 'A pill each day, or a shot every few weeks or months. Visits are frequent at first, then less often. Weight is checked each week at first. Blood tests follow at 12 weeks, then every year.',
          es: 'Una pastilla cada día, o una inyección cada algunas semanas o meses. Las citas son frecuentes al principio y luego más espaciadas. El peso se revisa cada semana al principio. Hay análisis de sangre a las 12 semanas, y luego cada año.',
        },
        howSoonItHelps: {
          en: 'Some calm can come within days. Voices and delusions often take weeks to ease. Some people need to try a second medicine, and some later need clozapine.',
          es: 'Puede haber algo de calma en pocos días. Las voces y las ideas delirantes suelen tardar semanas en aliviarse. Algunas personas necesitan probar un segundo medicamento, y algunas después necesitan clozapina.',
        },
        commonBurdens: {
          en: 'Side effects are common, and they differ between medicines. Guidelines advise staying on medicine for some time after you are well. Stop only with your doctor, step by step.',
          es: 'Los efectos secundarios son comunes, y cambian de un medicamento a otro. Las guías aconsejan seguir con el medicamento un tiempo después de estar bien. Déjelo solo con su médico, poco a poco.',
        },
        costs: {
          en: 'Many antipsychotics come as low-cost generics. Long-acting shots and newer brands cost more. Visits may have a copay.',
          es: 'Muchos antipsicóticos existen como genéricos de bajo costo. Las inyecciones de acción prolongada y las marcas nuevas cuestan más. Las citas pueden tener un copago.',
        },
      },
      benefits: [
        {
          en: 'It eases voices, delusions and confused thinking for many.',
          es: 'Alivia las voces, las ideas delirantes y el pensamiento confuso en muchos.',
        },
        {
          en: 'Far fewer people have psychosis come back within a year.',
          es: 'A muchas menos personas les vuelve la psicosis en un año.',
        },
      ],
      harms: [
        {
          en: 'Weight gain, sleepiness, stiffness or restlessness, and sexual side effects.',
          es: 'Aumento de peso, sueño, rigidez o inquietud, y efectos en la vida sexual.',
        },
        {
          en: 'Some raise blood sugar and cholesterol, so checks are needed.',
          es: 'Algunos suben el azúcar y el colesterol, y se necesitan controles.',
        },
      ],
      caveat: {
        en: 'Medicine alone does not help with all that psychosis can affect, such as work, school and friends. Guidelines advise adding talk therapy and social support.',
        es: 'El medicamento solo no ayuda con todo lo que la psicosis puede afectar, como el trabajo, la escuela y las amistades. Las guías aconsejan agregar terapia de conversación y apoyo social.',
      },
    },
    {
      kind: 'combined',
      summary: {
        en: 'Antipsychotic medicine plus therapy and support. This is what guidelines advise. After a first episode, one team often offers all of it.',
        es: 'Medicamento antipsicótico más terapia y apoyo. Esto es lo que aconsejan las guías. Después de un primer episodio, muchas veces un solo equipo lo ofrece todo.',
      },
      modalities: [coordinatedSpecialtyCare, antipsychotic, cbtp, familyIntervention, ips],
      involves: {
        timeEachWeek: {
          en: 'Daily medicine, plus weekly or twice-monthly sessions for several months. Family members may join some meetings.',
          es: 'Medicamento diario, más sesiones cada semana o cada dos semanas durante varios meses. Algunos familiares pueden ir a ciertas reuniones.',
        },
        howSoonItHelps: {
          en: 'Medicine eases symptoms over weeks. Family work and job support help more over months.',
          es: 'El medicamento alivia los síntomas en semanas. El trabajo con la familia y el apoyo para el empleo ayudan más en meses.',
        },
        commonBurdens: {
          en: 'Medicine side effects, plus the time for sessions. More people are involved in your care, which some find a lot.',
          es: 'Los efectos del medicamento, más el tiempo de las sesiones. Hay más personas en su atención, lo que a algunos les parece mucho.',
        },
        costs: {
          en: 'The costs of medicine and sessions. Early psychosis teams often bundle these. Check what your insurance covers.',
          es: 'Los costos del medicamento y de las sesiones. Los equipos de psicosis temprana muchas veces los ofrecen juntos. Revise qué cubre su seguro.',
        },
      },
      benefits: [
        {
          en: 'Family work added to medicine lowered the chance of relapse.',
          es: 'Sumar trabajo con la familia al medicamento bajó las recaídas.',
        },
        {
          en: 'It helps with work, school and family, not only symptoms.',
          es: 'Ayuda con el trabajo, la escuela y la familia, no solo los síntomas.',
        },
      ],
      harms: [
        {
          en: 'The side effects of antipsychotic medicine still apply.',
          es: 'Los efectos del medicamento antipsicótico siguen presentes.',
        },
        {
          en: 'More appointments, and more people involved in your care.',
          es: 'Más citas y más personas involucradas en su atención.',
        },
      ],
      caveat: {
        en: 'In studies, the extra benefit of CBT for psychosis is small. Family work has stronger evidence.',
        es: 'En los estudios, el beneficio extra de la terapia cognitivo-conductual para la psicosis es pequeño. El trabajo con la familia tiene pruebas más sólidas.',
      },
    },
  ],
  outcomes: [
    {
      id: 'psychosis-comes-back',
      label: { en: 'Psychosis comes back', es: 'La psicosis vuelve' },
      definition: {
        en: 'Symptoms of psychosis came back or got much worse after they had settled. This is called a relapse. "Both together" here means medicine plus family work.',
        es: 'Los síntomas de psicosis regresaron o empeoraron mucho después de haberse calmado. Esto se llama recaída. Aquí "ambos juntos" significa medicamento más trabajo con la familia.',
      },
      population: {
        en: 'Adults with schizophrenia whose symptoms had settled.',
        es: 'Adultos con esquizofrenia cuyos síntomas se habían calmado.',
      },
      timeFrame: {
        en: 'About one year. The family studies followed people for different lengths of time.',
        es: 'Alrededor de un año. Los estudios de familia siguieron a las personas por tiempos distintos.',
      },
      higherIsBetter: false,
      results: [
        { option: 'medication', per100: 27 },
        { option: 'combined', per100: 15 },
      ],
      certainty: 'low',
      certaintyReason: {
        en: 'Both reviews are large, but many studies were not well run. The two numbers come from different sets of studies, so treat the gap as rough.',
        es: 'Las dos revisiones son grandes, pero muchos estudios no estaban bien hechos. Los dos números vienen de grupos de estudios distintos, así que tome la diferencia como aproximada.',
      },
      derivation: {
        en: 'In 65 studies, 27 out of 100 people who kept taking medicine had a relapse within a year. In 32 studies, family work was added to usual care, which included medicine. Relapse was then 0.55 times as common. So 27 × 0.55 gives 15 out of 100.',
        es: 'En 65 estudios, 27 de cada 100 personas que siguieron con el medicamento tuvieron una recaída en un año. En 32 estudios, se sumó trabajo con la familia a la atención habitual, que incluía medicamento. Las recaídas fueron entonces 0.55 veces tan comunes. Así, 27 × 0.55 da 15 de cada 100.',
      },
      effects: [
        {
          measure: 'percent',
          value: 27,
          comparison: {
            en: 'Share with a relapse within a year while taking medicine (starting number)',
            es: 'Proporción con una recaída en un año mientras tomaba medicamento (número de partida)',
          },
          sourceId: 'leucht-2012-maintenance',
        },
        {
          measure: 'RR',
          value: 0.55,
          ciLow: 0.5,
          ciHigh: 0.6,
          comparison: {
            en: 'Family work added to usual care vs usual care alone',
            es: 'Trabajo con la familia sumado a la atención habitual frente a la atención habitual sola',
          },
          sourceId: 'pharoah-2010-family',
        },
        {
          measure: 'RR',
          value: 0.4,
          ciLow: 0.33,
          ciHigh: 0.49,
          comparison: {
            en: 'Keeping medicine vs stopping it (27 vs 64 out of 100)',
            es: 'Seguir con el medicamento frente a dejarlo (27 frente a 64 de cada 100)',
          },
          sourceId: 'leucht-2012-maintenance',
        },
      ],
      sourceIds: ['leucht-2012-maintenance', 'pharoah-2010-family'],
    },
    {
      id: 'back-in-hospital',
      label: { en: 'Back in hospital', es: 'Volver al hospital' },
      definition: {
        en: 'Going into a psychiatric hospital again. "Both together" here means medicine plus family work.',
        es: 'Ser internado de nuevo en un hospital psiquiátrico. Aquí "ambos juntos" significa medicamento más trabajo con la familia.',
      },
      population: {
        en: 'Adults with schizophrenia whose symptoms had settled.',
        es: 'Adultos con esquizofrenia cuyos síntomas se habían calmado.',
      },
      timeFrame: {
        en: 'About one year. The family studies followed people for different lengths of time.',
        es: 'Alrededor de un año. Los estudios de familia siguieron a las personas por tiempos distintos.',
      },
      higherIsBetter: false,
      results: [
        { option: 'medication', per100: 10 },
        { option: 'combined', per100: 8 },
      ],
      certainty: 'very-low',
      certaintyReason: {
        en: 'Only 8 small family studies, with 481 people, looked at this. The result could also mean no real difference.',
        es: 'Solo 8 estudios pequeños de familia, con 481 personas, midieron esto. El resultado también podría significar que no hay una diferencia real.',
      },
      derivation: {
        en: 'In the medicine studies, 10 out of 100 people who kept taking medicine went back to hospital within a year. Family work made this 0.78 times as common. So 10 × 0.78 gives 8 out of 100.',
        es: 'En los estudios de medicamento, 10 de cada 100 personas que siguieron con el medicamento volvieron al hospital en un año. El trabajo con la familia lo hizo 0.78 veces tan común. Así, 10 × 0.78 da 8 de cada 100.',
      },
      effects: [
        {
          measure: 'percent',
          value: 10,
          comparison: {
            en: 'Share back in hospital within a year while taking medicine (starting number)',
            es: 'Proporción que volvió al hospital en un año mientras tomaba medicamento (número de partida)',
          },
          sourceId: 'leucht-2012-maintenance',
        },
        {
          measure: 'RR',
          value: 0.78,
          ciLow: 0.6,
          ciHigh: 1.0,
          comparison: {
            en: 'Family work added to usual care vs usual care alone',
            es: 'Trabajo con la familia sumado a la atención habitual frente a la atención habitual sola',
          },
          sourceId: 'pharoah-2010-family',
        },
        {
          measure: 'RR',
          value: 0.38,
          ciLow: 0.27,
          ciHigh: 0.55,
          comparison: {
            en: 'Keeping medicine vs stopping it (10 vs 26 out of 100)',
            es: 'Seguir con el medicamento frente a dejarlo (10 frente a 26 de cada 100)',
          },
          sourceId: 'leucht-2012-maintenance',
        },
      ],
      sourceIds: ['leucht-2012-maintenance', 'pharoah-2010-family'],
    },
    {
      id: 'weight-gain',
      kind: 'harm',
      label: { en: 'Gained a lot of weight', es: 'Subió mucho de peso' },
      definition: {
        en: 'Gained enough weight for the studies to count it as a side effect. "Therapy alone" here means no antipsychotic: people in the same studies who took a dummy pill.',
        es: 'Subió tanto de peso que los estudios lo contaron como un efecto secundario. Aquí "solo terapia" significa sin antipsicótico: personas de los mismos estudios que tomaron una pastilla sin efecto.',
      },
      population: {
        en: 'Adults with schizophrenia whose symptoms had settled.',
        es: 'Adultos con esquizofrenia cuyos síntomas se habían calmado.',
      },
      timeFrame: {
        en: 'About one year, from 7 to 12 months.',
        es: 'Alrededor de un año, de 7 a 12 meses.',
      },
      higherIsBetter: false,
      results: [
        { option: 'therapy', per100: 6 },
        { option: 'medication', per100: 10 },
        { option: 'combined', per100: 10 },
      ],
      certainty: 'moderate',
      certaintyReason: {
        en: 'Many studies measured it. But they did not all count weight gain the same way, and some medicines cause more than others.',
        es: 'Muchos estudios lo midieron. Pero no todos contaron el aumento de peso de la misma forma, y algunos medicamentos lo causan más que otros.',
      },
      derivation: {
        en: 'Taken from the review: 10 out of 100 people on medicine gained weight, and 6 out of 100 on a dummy pill did. "Both together" uses the same medicine, so it shows the same 10. We found no study of whether family work changes it.',
        es: 'Tomado de la revisión: 10 de cada 100 personas con medicamento subieron de peso, y 6 de cada 100 con una pastilla sin efecto. "Ambos juntos" usa el mismo medicamento, así que muestra el mismo 10. No encontramos estudios sobre si el trabajo con la familia lo cambia.',
      },
      effects: [
        {
          measure: 'percent',
          value: 10,
          comparison: {
            en: 'Share who gained weight on medicine',
            es: 'Proporción que subió de peso con medicamento',
          },
          sourceId: 'leucht-2012-maintenance',
        },
        {
          measure: 'percent',
          value: 6,
          comparison: {
            en: 'Share who gained weight on a dummy pill',
            es: 'Proporción que subió de peso con una pastilla sin efecto',
          },
          sourceId: 'leucht-2012-maintenance',
        },
        {
          measure: 'RR',
          value: 2.07,
          comparison: {
            en: 'Medicine vs dummy pill, weight gain (above 1 means more on medicine)',
            es: 'Medicamento frente a pastilla sin efecto, aumento de peso (más de 1 significa más con medicamento)',
          },
          sourceId: 'leucht-2012-maintenance',
        },
      ],
      sourceIds: ['leucht-2012-maintenance'],
    },
  ],
  myths: [
    {
      id: 'medicine-means-weakness',
      myth: {
        en: 'Needing antipsychotic medicine means I am weak, or that therapy has failed.',
        es: 'Necesitar medicamento antipsicótico significa que soy débil, o que la terapia fracasó.',
      },
      fact: {
        en: 'Psychosis is a health condition, not a weakness. Medicine is the main treatment, not a last resort. In studies, 27 out of 100 people who kept taking it had psychosis come back within a year. Among those who stopped, 64 out of 100 did.',
        es: 'La psicosis es una condición de salud, no una debilidad. El medicamento es el tratamiento principal, no un último recurso. En los estudios, a 27 de cada 100 personas que siguieron tomándolo les volvió la psicosis en un año. Entre quienes lo dejaron, les volvió a 64 de cada 100.',
      },
      sourceIds: ['leucht-2012-maintenance'],
    },
    {
      id: 'therapy-means-worse',
      myth: {
        en: 'If I am offered therapy or family work on top of medicine, things must be really bad.',
        es: 'Si me ofrecen terapia o trabajo con la familia además del medicamento, las cosas deben estar muy mal.',
      },
      fact: {
        en: "No. The UK's NICE guideline says to offer CBT for psychosis to everyone with psychosis. It says to offer family work to close family too. It is not only for people who are very unwell. It is part of good care.",
        es: 'No. La guía NICE del Reino Unido dice que se ofrezca terapia cognitivo-conductual para la psicosis a todas las personas con psicosis. También dice que se ofrezca trabajo con la familia a los familiares cercanos. No es solo para quienes están muy mal. Es parte de una buena atención.',
      },
      sourceIds: ['nice-cg178'],
    },
    {
      id: 'medicine-replaces-therapy',
      myth: {
        en: 'Once I am on medicine, I will not need therapy or family work.',
        es: 'Cuando tome el medicamento, ya no voy a necesitar terapia ni trabajo con la familia.',
      },
      fact: {
        en: 'Medicine eases symptoms, but it does not help with everything. In studies, adding family work to usual care cut relapse by close to half. Help with work, school and friends matters too.',
        es: 'El medicamento alivia los síntomas, pero no ayuda con todo. En los estudios, sumar trabajo con la familia a la atención habitual bajó las recaídas casi a la mitad. La ayuda con el trabajo, la escuela y las amistades también importa.',
      },
      sourceIds: ['pharoah-2010-family'],
    },
    {
      id: 'therapy-always-enough',
      myth: {
        en: 'If I do not like medicine, therapy alone will always be enough.',
        es: 'Si no me gusta el medicamento, la terapia sola siempre será suficiente.',
      },
      fact: {
        en: 'For psychosis, this is not true for most people. CBT for psychosis has only a small effect on symptoms. The effect is smaller still in the best-run studies. Without medicine, psychosis comes back much more often. If you want to try without medicine, make a safety plan with your team. Keep close check-ins.',
        es: 'En la psicosis, esto no es cierto para la mayoría de las personas. La TCC para la psicosis tiene solo un efecto pequeño en los síntomas. El efecto es aún menor en los estudios mejor hechos. Sin medicamento, la psicosis vuelve mucho más seguido. Si quiere probar sin medicamento, haga un plan de seguridad con su equipo. Mantenga controles frecuentes.',
      },
      sourceIds: ['jauhar-2014-cbtp', 'leucht-2012-maintenance', 'nice-cg178'],
    },
    {
      id: 'chemical-cosh',
      myth: {
        en: 'Antipsychotics are a "chemical cosh". They change your personality and just knock you out.',
        es: 'Los antipsicóticos son una "camisa de fuerza química". Cambian la personalidad y solo lo dejan dormido.',
      },
      fact: {
        en: 'They are used to ease psychosis and keep it from coming back. Side effects are real, though. Some people feel sleepy, slowed down or flat, and weight gain is more common (10 out of 100 on medicine vs 6 out of 100 without). Tell your prescriber. A lower dose or another medicine can be tried.',
        es: 'Se usan para aliviar la psicosis y evitar que vuelva. Pero los efectos secundarios son reales. Algunas personas se sienten con sueño, lentas o apagadas, y el aumento de peso es más común (10 de cada 100 con medicamento frente a 6 de cada 100 sin él). Dígaselo a quien le receta. Se puede probar una dosis menor u otro medicamento.',
      },
      sourceIds: ['leucht-2012-maintenance'],
    },
    {
      id: 'people-are-violent',
      myth: {
        en: 'People with schizophrenia are violent.',
        es: 'Las personas con esquizofrenia son violentas.',
      },
      fact: {
        en: 'This belief is unfair. On average, studies find a higher risk of violence than in other people. But much of that extra risk is linked to misuse of drugs or alcohol. And people with psychosis are more often victims of violence than the ones who do it. They are hurt about 4 to 6 times as often as other people. Help with substance use and with safety is part of good care.',
        es: 'Esta creencia es injusta. En promedio, los estudios encuentran un riesgo de violencia más alto que en otras personas. Pero gran parte de ese riesgo extra está ligado al abuso de drogas o alcohol. Y las personas con psicosis son víctimas de violencia más a menudo de lo que la causan. Sufren violencia unas 4 a 6 veces más que otras personas. La ayuda con el consumo de sustancias y con la seguridad es parte de una buena atención.',
      },
      sourceIds: ['fazel-2009-violence', 'de-vries-2019-victimization'],
    },
    {
      id: 'recovery-impossible',
      myth: {
        en: 'Recovery from psychosis is impossible.',
        es: 'Es imposible recuperarse de la psicosis.',
      },
      fact: {
        en: 'Not true. Across 79 long-term studies of people after a first episode, about 58 in 100 had their symptoms settle. About 38 in 100 recovered in both symptoms and daily life. For most, things did not keep getting worse after the first 2 years.',
        es: 'No es cierto. En 79 estudios de largo plazo con personas después de un primer episodio, a unas 58 de cada 100 se les calmaron los síntomas. Unas 38 de cada 100 se recuperaron tanto en los síntomas como en la vida diaria. Para la mayoría, las cosas no siguieron empeorando después de los primeros 2 años.',
      },
      sourceIds: ['lally-2017-recovery'],
    },
  ],
  cautions: [
    {
      id: 'numbers-from-different-studies',
      kind: 'thin-evidence',
      text: {
        en: 'The numbers for medicine and for family work come from different groups of studies. Many were old or small. Treat the gaps as rough. In many medicine studies, people stopped all at once. That may make stopping look worse than a slow taper.',
        es: 'Los números del medicamento y del trabajo con la familia vienen de grupos de estudios distintos. Muchos eran antiguos o pequeños. Tome las diferencias como aproximadas. En muchos estudios de medicamento, las personas lo dejaron de golpe. Eso puede hacer que dejarlo parezca peor que bajarlo poco a poco.',
      },
      sourceIds: ['leucht-2012-maintenance', 'pharoah-2010-family'],
    },
    {
      id: 'medicine-comes-first',
      kind: 'medication-first',
      text: {
        en: 'While psychosis is active, medicine usually comes first. Therapy can start as soon as you are able to take part. If you want to try without medicine, agree on a plan with your team. Say what to do if signs come back.',
        es: 'Mientras la psicosis está activa, por lo general primero se usa el medicamento. La terapia puede empezar en cuanto usted pueda participar. Si quiere probar sin medicamento, acuerde un plan con su equipo. Acuerden qué hacer si vuelven las señales.',
      },
      sourceIds: ['nice-cg178'],
    },
    clozapineCaution,
    tardiveDyskinesiaCaution,
    sideEffectsDifferCaution,
    metabolicChecksCaution,
    { ...pregnancyCaution, sourceIds: ['nice-cg192'] },
    {
      id: 'get-help-today',
      kind: 'red-flag',
      text: {
        en: 'Talk to your clinician today, or get help now from the crisis lines below, if voices tell you to hurt yourself or others. Do the same if you have thoughts of suicide, or cannot eat, sleep or keep safe. Get help today too for a high fever with very stiff muscles while on medicine. On clozapine, get help today for fever, sore throat, chest pain or a racing heart, or no bowel movement for several days.',
        es: 'Hable hoy con su profesional de salud, o pida ayuda ahora con las líneas de crisis que aparecen abajo, si las voces le dicen que se haga daño o que dañe a otros. Haga lo mismo si tiene pensamientos de suicidio, o si no puede comer, dormir o mantenerse a salvo. Pida ayuda hoy también si tiene fiebre alta con los músculos muy rígidos mientras toma el medicamento. Si toma clozapina, pida ayuda hoy si tiene fiebre, dolor de garganta, dolor de pecho o el corazón acelerado, o si no evacúa el intestino por varios días.',
      },
      sourceIds: ['fda-clozapine-label'],
      appliesTo: ['suicidal-thoughts', 'heart'],
    },
  ],
};
