import type { Condition, Modality, OptionKind } from '../schema';
import {
  antidepressantCautions,
  discontinuationMeasuredRates,
  discontinuationSymptomsOutcome,
  suicidalThoughtsReviewFirstCaution,
  type MeasuredRate,
} from './antidepressant-safety';

// Full content. Every figure traces to a source in ../sources.ts; docs/evidence-trace.md records where in each
// source it sits and how the "out of 100" numbers were made. Do not change a number without updating both.

// ---- Modalities ---------------------------------------------------------------------------------------------

const cbt: Modality = {
  id: 'cbt',
  name: { en: 'Cognitive behavioural therapy', es: 'Terapia cognitivo-conductual' },
  abbreviation: { en: 'CBT', es: 'TCC' },
  description: {
    en: 'You learn to spot thoughts that pull your mood down. You check if they are true. You change habits that keep you stuck.',
    es: 'Usted aprende a notar los pensamientos que bajan su ánimo. Revisa si son ciertos. Cambia los hábitos que no le dejan avanzar.',
  },
};

const behaviouralActivation: Modality = {
  id: 'behavioural-activation',
  name: { en: 'Behavioural activation', es: 'Activación conductual' },
  description: {
    en: 'You plan small things to do that matter to you, one step at a time. Doing more helps your mood lift.',
    es: 'Usted planea cosas pequeñas que le importan, paso a paso. Hacer más le ayuda a mejorar el ánimo.',
  },
};

const interpersonalTherapy: Modality = {
  id: 'interpersonal-therapy',
  name: { en: 'Interpersonal therapy', es: 'Terapia interpersonal' },
  abbreviation: { en: 'IPT', es: 'TIP' },
  description: {
    en: 'You work on your relationships and on life changes tied to your mood. This might be a loss, a conflict or a new role.',
    es: 'Usted trabaja en sus relaciones y en cambios de vida ligados a su ánimo. Puede ser una pérdida, un conflicto o un nuevo papel.',
  },
};

const problemSolvingTherapy: Modality = {
  id: 'problem-solving-therapy',
  name: { en: 'Problem-solving therapy', es: 'Terapia de solución de problemas' },
  description: {
    en: 'You pick one problem at a time. You list ways to solve it, try one, and see how it went.',
    es: 'Usted elige un problema a la vez. Hace una lista de soluciones, prueba una y revisa cómo le fue.',
  },
};

const guidedSelfHelp: Modality = {
  id: 'guided-self-help',
  name: { en: 'Guided self-help or online CBT', es: 'Autoayuda guiada o TCC en línea' },
  description: {
    en: 'You work through a CBT book or online program at home. A trained person checks in with you now and then.',
    es: 'Usted trabaja en casa con un libro o un programa en línea de TCC. Una persona capacitada le acompaña de vez en cuando.',
  },
};

const groupExercise: Modality = {
  id: 'group-exercise',
  name: { en: 'Group exercise', es: 'Ejercicio en grupo' },
  description: {
    en: 'You meet with a small group and a trainer to be active together, often a few times a week for some weeks.',
    es: 'Usted se reúne con un grupo pequeño y una persona que guía al grupo para hacer actividad física, a menudo varias veces por semana durante algunas semanas.',
  },
};

const counselling: Modality = {
  id: 'counselling',
  name: { en: 'Counselling', es: 'Consejería' },
  description: {
    en: 'You talk with a trained counsellor about what is going on in your life and how you feel. They help you find your own way forward.',
    es: 'Usted habla con una persona capacitada en consejería sobre lo que pasa en su vida y cómo se siente. Esa persona le ayuda a encontrar su propio camino.',
  },
};

const shortPsychodynamic: Modality = {
  id: 'short-psychodynamic-therapy',
  name: { en: 'Short psychodynamic therapy', es: 'Terapia psicodinámica breve' },
  description: {
    en: 'You look at feelings and patterns from your past that may shape your mood now. It usually lasts a few months.',
    es: 'Usted explora sentimientos y patrones de su pasado que pueden influir en su ánimo hoy. Suele durar unos meses.',
  },
};

const mindfulnessBasedCbt: Modality = {
  id: 'mbct',
  name: { en: 'Mindfulness-based cognitive therapy', es: 'Terapia cognitiva basada en mindfulness' },
  abbreviation: { en: 'MBCT', es: 'TCBM' },
  description: {
    en: 'A group course, often 8 weeks, for people who feel better. You learn to notice early signs so depression is less likely to come back.',
    es: 'Un curso en grupo, a menudo de 8 semanas, para personas que ya se sienten mejor. Aprende a notar las primeras señales para que la depresión tenga menos probabilidad de volver.',
  },
};

const ssri: Modality = {
  id: 'ssri',
  name: { en: 'SSRI antidepressants', es: 'Antidepresivos ISRS' },
  abbreviation: { en: 'SSRI', es: 'ISRS' },
  description: {
    en: 'The most common type of antidepressant. Examples are sertraline, escitalopram and fluoxetine. You take it once a day.',
    es: 'El tipo de antidepresivo más común. Por ejemplo, la sertralina, el escitalopram o la fluoxetina. Se toma una vez al día.',
  },
};

const snri: Modality = {
  id: 'snri',
  name: { en: 'SNRI antidepressants', es: 'Antidepresivos IRSN' },
  abbreviation: { en: 'SNRI', es: 'IRSN' },
  description: {
    en: 'Antidepressants that act on two brain chemicals. Examples are venlafaxine and duloxetine. You take them every day.',
    es: 'Antidepresivos que actúan sobre dos sustancias del cerebro. Por ejemplo, la venlafaxina o la duloxetina. Se toman todos los días.',
  },
};

const otherAntidepressants: Modality = {
  id: 'other-antidepressants',
  name: { en: 'Other antidepressants', es: 'Otros antidepresivos' },
  description: {
    en: 'Medicines that work in other ways, such as bupropion or mirtazapine. Their side effects differ. That can help you choose. Bupropion is not for people with a seizure disorder, or who have or had bulimia or anorexia.',
    es: 'Medicamentos que actúan de otras formas, como el bupropión o la mirtazapina. Sus efectos secundarios son distintos. Eso puede ayudarle a elegir. El bupropión no es para personas con un trastorno de convulsiones, ni para quienes tienen o tuvieron bulimia o anorexia.',
  },
};

const activeMonitoring: Modality = {
  id: 'active-monitoring',
  name: { en: 'Active monitoring (watchful waiting)', es: 'Seguimiento activo (espera vigilante)' },
  description: {
    en: 'No treatment for now. You and your clinician agree on a date to check in again. You also agree what to do sooner if things get worse.',
    es: 'Sin tratamiento por ahora. Usted y su profesional de salud acuerdan una fecha para revisar cómo va. También acuerdan qué hacer antes si empeora.',
  },
};

// ---- Figures derived from published ratios ------------------------------------------------------------------

/**
 * How each "out of 100" figure that rests on a published ratio was made. tests/unit/evidence.test.ts recomputes
 * every one from `baselinePer100` and the ratio, and checks the ratio is the one shown in the outcome's effects.
 * `appliedAs: 'reciprocal'` means the published ratio compares the baseline option with this one, so 1/value is used.
 */
export interface Derivation {
  outcomeId: string;
  option: OptionKind;
  baselineOption: OptionKind;
  /** The baseline group's rate in the cited trial, unrounded. */
  baselinePer100: number;
  measure: 'RR' | 'OR';
  publishedValue: number;
  appliedAs: 'as-published' | 'reciprocal';
}

export const derivations: Derivation[] = [
  // Baseline: 58% response with medicine at 16 weeks (DeRubeis 2005). Ratios: Cuijpers 2020 network meta-analysis.
  { outcomeId: 'feel-much-better', option: 'combined', baselineOption: 'medication', baselinePer100: 58, measure: 'RR', publishedValue: 1.25, appliedAs: 'as-published' },
  { outcomeId: 'feel-much-better', option: 'therapy', baselineOption: 'medication', baselinePer100: 58, measure: 'RR', publishedValue: 0.99, appliedAs: 'as-published' },
  // Baseline: 18% relapse on continued antidepressants, pooled over 31 trials (Geddes 2003). Ratios: Breedvelt 2020,
  // a different set of 11 trials. (Replaces one small arm of Hollon 2005: clinical review M1.)
  { outcomeId: 'returns-after-medicine-helped', option: 'combined', baselineOption: 'medication', baselinePer100: 18, measure: 'RR', publishedValue: 0.85, appliedAs: 'as-published' },
  { outcomeId: 'returns-after-medicine-helped', option: 'therapy', baselineOption: 'medication', baselinePer100: 18, measure: 'RR', publishedValue: 1.02, appliedAs: 'as-published' },
  // Baseline: 41% relapse after switching to placebo, pooled over 31 trials (Geddes 2003). OR 2.61 favours CBT over
  // stopping medicine (Cuijpers 2013, 8 other trials), so 1/2.61 is applied on the odds scale.
  { outcomeId: 'returns-after-treatment-stops', option: 'therapy', baselineOption: 'medication', baselinePer100: 41, measure: 'OR', publishedValue: 2.61, appliedAs: 'reciprocal' },
];

/** The one pooled rate shown as measured rather than derived: the shared harm outcome's (see antidepressant-safety.ts). */
export const measuredRates: MeasuredRate[] = discontinuationMeasuredRates;

// ---- The condition ------------------------------------------------------------------------------------------

export const condition: Condition = {
  id: 'depression',
  name: { en: 'Depression', es: 'Depresión' },
  tagline: {
    en: 'Low mood or loss of interest that lasts for weeks and makes daily life hard.',
    es: 'Ánimo bajo o pérdida de interés que dura semanas y hace difícil la vida diaria.',
  },
  whatItIs: {
    en: 'Depression is more than a few sad days. You feel down, or you lose interest in things you used to enjoy. This lasts at least two weeks and gets in the way of daily life. It often brings poor sleep, low energy and changes in appetite. It can make it hard to focus. You may feel guilty or worthless. Some people have thoughts of death or suicide. Depression is common, and it can be treated. It is not a sign of weakness.',
    es: 'La depresión es más que unos días de tristeza. Usted siente desánimo, o pierde el interés en cosas que antes disfrutaba. Esto dura al menos dos semanas y afecta la vida diaria. A menudo trae mal sueño, poca energía y cambios en el apetito. Puede costarle concentrarse. Puede sentir culpa o que no vale nada. Algunas personas tienen pensamientos de muerte o de suicidio. La depresión es común y tiene tratamiento. No es una señal de debilidad.',
  },
  naturalCourse: {
    en: 'Without treatment, milder depression sometimes lifts by itself in weeks or months. But it may not. More severe depression tends to last longer. It can affect work, relationships and physical health. Depression can also come back after it gets better. So it helps to know your early warning signs.',
    es: 'Sin tratamiento, la depresión más leve a veces mejora sola en semanas o meses. Pero puede que no. La depresión más grave suele durar más. Puede afectar el trabajo, las relaciones y la salud física. La depresión también puede volver después de mejorar. Por eso ayuda conocer sus primeras señales de alerta.',
  },
  decision: {
    en: 'Which treatment to start with. You can choose talk therapy, medicine, or both together. If your depression is milder, you can also wait and watch, with a plan to check in again.',
    es: 'Con qué tratamiento empezar. Puede elegir terapia de conversación, medicamento o ambos juntos. Si su depresión es más leve, también puede esperar y vigilar, con un plan para volver a revisar.',
  },
  completeness: 'full',
  options: [
    {
      kind: 'therapy',
      summary: {
        en: 'Regular meetings with a trained therapist. You can meet in person, by video or in a group. You learn skills to lift your mood and deal with problems. Milder depression can also be treated with guided self-help or group exercise.',
        es: 'Reuniones regulares con un terapeuta capacitado. Pueden ser en persona, por video o en grupo. Usted aprende habilidades para mejorar su ánimo y enfrentar problemas. La depresión más leve también se puede tratar con autoayuda guiada o ejercicio en grupo.',
      },
      modalities: [
        cbt,
        behaviouralActivation,
        interpersonalTherapy,
        problemSolvingTherapy,
        guidedSelfHelp,
        groupExercise,
        counselling,
        shortPsychodynamic,
        mindfulnessBasedCbt,
      ],
      involves: {
        timeEachWeek: {
          en: 'Usually one session a week, about an hour long, for 2 to 4 months. You also practise at home between sessions.',
          es: 'Por lo general, una sesión por semana de más o menos una hora, durante unos 2 a 4 meses. También practica en casa entre sesiones.',
        },
        howSoonItHelps: {
          en: 'Some people notice a change within a few weeks. The full benefit often takes a few months.',
          es: 'Algunas personas notan un cambio en pocas semanas. El beneficio completo suele tardar unos meses.',
        },
        commonBurdens: {
          en: 'Talking about painful things can feel hard at first. It takes time and energy to practise. You need to travel, or have a private space for video. There may be a wait to start.',
          es: 'Hablar de cosas dolorosas puede costar al principio. Requiere tiempo y energía para practicar. Hay que trasladarse, o tener un lugar privado para el video. Puede haber una espera para empezar.',
        },
        costs: {
          en: 'It depends on your insurance or clinic. There may be a copay for each session. Group and video therapy can cost less.',
          es: 'Depende de su seguro o clínica. Puede haber un copago por cada sesión. La terapia en grupo o por video puede costar menos.',
        },
      },
      benefits: [
        {
          en: 'In studies, it helped about as many people as medicine alone.',
          es: 'En los estudios, ayudó a más o menos tantas personas como el medicamento solo.',
        },
        {
          en: 'There are no medicine side effects to deal with.',
          es: 'No hay efectos secundarios de medicamentos que manejar.',
        },
        {
          en: 'The skills stay with you. They lower the chance that depression comes back.',
          es: 'Las habilidades se quedan con usted. Bajan la probabilidad de que la depresión vuelva.',
        },
      ],
      harms: [
        {
          en: 'It takes time every week for months, plus practice at home.',
          es: 'Requiere tiempo cada semana durante meses, y práctica en casa.',
        },
        {
          en: 'You may feel worse for a while when facing hard topics.',
          es: 'Puede sentirse peor por un tiempo al tratar temas difíciles.',
        },
        {
          en: 'Finding a therapist can take weeks. The costs add up.',
          es: 'Encontrar un terapeuta puede tardar semanas. Los costos se suman.',
        },
      ],
      caveat: {
        en: 'Therapy works best when you can go to each session. Depression can make it very hard to get out of bed or think clearly. Then medicine may be needed first, or at the same time.',
        es: 'La terapia funciona mejor cuando puede ir a cada sesión. La depresión puede hacerle muy difícil levantarse o pensar con claridad. Entonces puede que necesite medicamento primero, o al mismo tiempo.',
      },
    },
    {
      kind: 'medication',
      summary: {
        en: 'An antidepressant you take each day. A doctor, nurse practitioner or psychiatrist prescribes it and checks on you.',
        es: 'Un antidepresivo que se toma cada día. Un médico, una enfermera especializada o un psiquiatra lo receta y le hace seguimiento.',
      },
      modalities: [ssri, snri, otherAntidepressants],
      involves: {
        timeEachWeek: {
          en: 'A pill once a day. You have check-in visits more often in the first weeks, then less often.',
          es: 'Una pastilla una vez al día. Las citas de control son más seguidas en las primeras semanas y luego más espaciadas.',
        },
        howSoonItHelps: {
          en: 'It usually takes a few weeks to start to help. The full effect takes longer. Some people need a different dose or a different medicine.',
          es: 'Por lo general tarda algunas semanas en empezar a ayudar. El efecto completo tarda más. Algunas personas necesitan otra dosis u otro medicamento.',
        },
        commonBurdens: {
          en: 'Side effects are common in the first weeks. Some can last. Guidelines advise taking it for at least 6 months after you feel better. Then you stop slowly.',
          es: 'Los efectos secundarios son comunes en las primeras semanas. Algunos pueden durar. Las guías aconsejan tomarlo al menos 6 meses después de sentirse mejor. Luego se deja poco a poco.',
        },
        costs: {
          en: 'Most antidepressants come as low-cost generics. Brand names cost more. Visits with your prescriber may have a copay.',
          es: 'La mayoría de los antidepresivos existen como genéricos de bajo costo. Los de marca cuestan más. Las citas con quien receta pueden tener un copago.',
        },
      },
      benefits: [
        {
          en: 'In studies, it helped about as many people as therapy alone.',
          es: 'En los estudios, ayudó a más o menos tantas personas como la terapia sola.',
        },
        {
          en: 'Once the dose is right, it takes little time each day.',
          es: 'Una vez que la dosis es la correcta, toma poco tiempo cada día.',
        },
        {
          en: 'It can ease strong symptoms enough to make daily life easier.',
          es: 'Puede aliviar síntomas fuertes lo suficiente para facilitar la vida diaria.',
        },
      ],
      harms: [
        {
          en: 'Side effects, such as nausea, sleep changes or sexual problems.',
          es: 'Efectos secundarios como náuseas, cambios en el sueño o problemas sexuales.',
        },
        {
          en: 'Stopping all at once can cause withdrawal symptoms. So you lower the dose slowly.',
          es: 'Dejarlo de golpe puede causar síntomas al dejar el medicamento. Por eso la dosis se baja poco a poco.',
        },
        {
          en: 'After stopping it, depression comes back more often than after therapy.',
          es: 'Al dejarlo, la depresión vuelve con más frecuencia que después de la terapia.',
        },
      ],
      caveat: {
        en: 'Before you start, your prescriber checks a few safety points: your age, any past very high moods, pregnancy, other medicines and seizures. They are listed under "Medicine safety" below.',
        es: 'Antes de empezar, quien le receta revisa algunos puntos de seguridad: su edad, si alguna vez tuvo el ánimo muy alto, embarazo, otros medicamentos y convulsiones. Aparecen abajo, en "Seguridad de los medicamentos".',
      },
    },
    {
      kind: 'combined',
      summary: {
        en: 'Talk therapy and an antidepressant at the same time. They can start together. Or one can be added to the other later.',
        es: 'Terapia de conversación y un antidepresivo al mismo tiempo. Pueden empezar juntos. O uno se puede agregar al otro más adelante.',
      },
      modalities: [cbt, behaviouralActivation, interpersonalTherapy, mindfulnessBasedCbt, ssri, snri],
      involves: {
        timeEachWeek: {
          en: 'A therapy session each week and practice at home. Plus a daily pill and visits with your prescriber.',
          es: 'Una sesión de terapia por semana y práctica en casa. Además, una pastilla diaria y citas con quien le receta.',
        },
        howSoonItHelps: {
          en: 'Each part takes a few weeks to start to work. By the end of treatment, more people felt much better with both than with one.',
          es: 'Cada parte tarda algunas semanas en empezar a funcionar. Al final del tratamiento, más personas se sintieron mucho mejor con ambos que con uno solo.',
        },
        commonBurdens: {
          en: 'You take on the time and effort of therapy. You may also have side effects from the medicine. It works best when your therapist and prescriber talk to each other.',
          es: 'Usted asume el tiempo y el esfuerzo de la terapia. También puede tener efectos secundarios del medicamento. Funciona mejor cuando su terapeuta y quien le receta se comunican.',
        },
        costs: {
          en: 'It has the costs of both: therapy sessions, medicine and prescriber visits. Check what your insurance covers.',
          es: 'Tiene los costos de ambos: sesiones de terapia, medicamento y citas con quien le receta. Revise qué cubre su seguro.',
        },
      },
      benefits: [
        {
          en: 'In studies, more people felt much better than with either one alone.',
          es: 'En los estudios, más personas se sintieron mucho mejor que con uno solo.',
        },
        {
          en: 'Adding therapy to medicine lowered the chance that depression came back.',
          es: 'Agregar terapia al medicamento bajó la probabilidad de que la depresión volviera.',
        },
        {
          en: 'In studies, fewer people quit treatment early than with medicine alone.',
          es: 'En los estudios, menos personas dejaron el tratamiento antes que con el medicamento solo.',
        },
      ],
      harms: [
        {
          en: 'You can still get side effects from the medicine, such as nausea or sexual problems.',
          es: 'Todavía puede tener efectos secundarios del medicamento, como náuseas o problemas sexuales.',
        },
        {
          en: 'It takes the most time: weekly sessions plus medicine check-ins.',
          es: 'Es lo que más tiempo requiere: sesiones semanales y controles del medicamento.',
        },
        {
          en: 'It usually costs the most. It needs two professionals to work together.',
          es: 'Suele costar más. Necesita que dos profesionales trabajen en equipo.',
        },
      ],
      caveat: {
        en: 'For milder depression, few studies tested both together. They did not show an added benefit. So one treatment may be enough. The medicine safety points below apply here too.',
        es: 'En la depresión más leve, pocos estudios probaron ambos juntos. No mostraron un beneficio adicional. Así que un solo tratamiento puede ser suficiente. Los puntos de seguridad de los medicamentos que aparecen abajo también aplican aquí.',
      },
    },
    {
      kind: 'waiting',
      summary: {
        en: 'For milder depression only. No treatment for now, with a set date to check in again. Meanwhile you can try self-help. Examples are regular sleep, daily activity and time with people you trust.',
        es: 'Solo para la depresión más leve. Sin tratamiento por ahora, con una fecha fija para volver a revisar. Mientras tanto, puede probar la autoayuda. Por ejemplo, dormir con horario, moverse cada día y pasar tiempo con personas de confianza.',
      },
      modalities: [activeMonitoring],
      involves: {
        timeEachWeek: {
          en: 'Little time. You have a follow-up visit or call within a few weeks. You do any self-help you choose.',
          es: 'Poco tiempo. Tiene una cita o llamada de seguimiento en unas semanas. Hace la autoayuda que usted elija.',
        },
        howSoonItHelps: {
          en: 'Milder depression sometimes lifts by itself in weeks or months. But it may not. We found no numbers we could fairly compare with the treatments.',
          es: 'La depresión más leve a veces mejora sola en semanas o meses. Pero puede que no. No encontramos cifras que se puedan comparar de forma justa con las de los tratamientos.',
        },
        commonBurdens: {
          en: 'You keep living with the symptoms while you wait. You need to watch for signs that things are getting worse.',
          es: 'Usted sigue viviendo con los síntomas mientras espera. Necesita estar pendiente de las señales de que está empeorando.',
        },
        costs: {
          en: 'Usually the lowest cost. You only have the follow-up visits.',
          es: 'Suele ser lo de menor costo. Solo tiene las citas de seguimiento.',
        },
      },
      benefits: [
        {
          en: 'No side effects and no weekly sessions to fit in.',
          es: 'Sin efectos secundarios y sin sesiones semanales que acomodar.',
        },
        {
          en: 'Time to learn more and decide without pressure.',
          es: 'Tiempo para aprender más y decidir sin presión.',
        },
        {
          en: 'Milder depression sometimes gets better by itself.',
          es: 'La depresión más leve a veces mejora por sí sola.',
        },
      ],
      harms: [
        {
          en: 'Symptoms may last longer than they would with treatment.',
          es: 'Los síntomas pueden durar más que con un tratamiento.',
        },
        {
          en: 'Depression can get worse while you wait.',
          es: 'La depresión puede empeorar mientras usted espera.',
        },
        {
          en: 'It is not safe if depression is severe, or if you have thoughts of suicide.',
          es: 'No es seguro si la depresión es grave, o si tiene ideas de suicidio.',
        },
      ],
      caveat: {
        en: 'This is only a fair choice for milder depression. Things may get worse, or you may have thoughts of harming yourself. If so, contact your clinician right away.',
        es: 'Solo es una opción razonable para la depresión más leve. Puede que empeore, o que tenga pensamientos de hacerse daño. Si pasa, comuníquese de inmediato con su profesional de salud.',
      },
    },
  ],
  outcomes: [
    {
      id: 'feel-much-better',
      label: { en: 'Feel much better by the end of treatment', es: 'Sentirse mucho mejor al final del tratamiento' },
      definition: {
        en: 'Symptoms of depression dropped by at least half on a rating scale. Doctors call this a "response".',
        es: 'Los síntomas de depresión bajaron al menos a la mitad en una escala de medición. Los médicos lo llaman "respuesta".',
      },
      population: {
        en: 'Adults with moderate to severe depression. They took part in treatment studies while living at home, not in a hospital.',
        es: 'Adultos con depresión moderada a grave. Participaron en estudios de tratamiento mientras vivían en casa, sin estar hospitalizados.',
      },
      timeFrame: {
        en: 'At the end of about 4 months (16 weeks) of treatment.',
        es: 'Al final de unos 4 meses (16 semanas) de tratamiento.',
      },
      higherIsBetter: true,
      results: [
        { option: 'therapy', per100: 57 },
        { option: 'medication', per100: 58 },
        { option: 'combined', per100: 73 },
      ],
      certainty: 'moderate',
      certaintyReason: {
        en: 'Many studies (101, with about 12,000 people) agree. But people knew which treatment they got. And the starting number comes from one well-run trial.',
        es: 'Muchos estudios (101, con unas 12,000 personas) coinciden. Pero las personas sabían qué tratamiento recibían. Y el número de partida viene de un solo estudio bien hecho.',
      },
      derivation: {
        en: 'In one trial, 58 out of 100 people taking medicine alone felt much better after 16 weeks. (They took an SSRI, with a second medicine added if needed.) We applied the combined results of 101 trials. With both together, 1.25 times as many people felt much better (73 out of 100). With therapy alone, 0.99 times as many did (57 out of 100).',
        es: 'En un estudio, 58 de cada 100 personas que tomaron solo el medicamento se sintieron mucho mejor a las 16 semanas. (Tomaron un ISRS, con un segundo medicamento si hacía falta.) Aplicamos los resultados combinados de 101 estudios. Con ambos juntos, 1.25 veces más personas se sintieron mucho mejor (73 de cada 100). Con terapia sola, 0.99 veces (57 de cada 100).',
      },
      effects: [
        {
          measure: 'RR',
          value: 1.25,
          ciLow: 1.14,
          ciHigh: 1.37,
          comparison: { en: 'Both together vs medicine alone', es: 'Ambos juntos frente a medicamento solo' },
          sourceId: 'cuijpers-2020-nma',
        },
        {
          measure: 'RR',
          value: 0.99,
          ciLow: 0.92,
          ciHigh: 1.08,
          comparison: { en: 'Therapy alone vs medicine alone', es: 'Terapia sola frente a medicamento solo' },
          sourceId: 'cuijpers-2020-nma',
        },
        {
          measure: 'RR',
          value: 1.27,
          ciLow: 1.14,
          ciHigh: 1.39,
          comparison: { en: 'Both together vs therapy alone', es: 'Ambos juntos frente a terapia sola' },
          sourceId: 'cuijpers-2020-nma',
        },
        {
          measure: 'percent',
          value: 58,
          comparison: {
            en: 'Share who felt much better on medicine alone at 16 weeks (starting number)',
            es: 'Proporción que se sintió mucho mejor con medicamento solo a las 16 semanas (número de partida)',
          },
          sourceId: 'derubeis-2005',
        },
      ],
      sourceIds: ['cuijpers-2020-nma', 'derubeis-2005'],
    },
    {
      id: 'returns-after-medicine-helped',
      label: {
        en: 'Depression comes back after medicine helped',
        es: 'La depresión vuelve después de que el medicamento ayudó',
      },
      definition: {
        en: 'Depression came back (a "relapse") after an antidepressant had helped. "Both together" means adding a course of therapy while you stay on the medicine. "Therapy alone" means having therapy while you slowly come off the medicine.',
        es: 'La depresión volvió (una "recaída") después de que un antidepresivo había ayudado. "Ambos juntos" significa agregar un curso de terapia sin dejar el medicamento. "Terapia sola" significa recibir terapia mientras deja el medicamento poco a poco.',
      },
      population: {
        en: 'Adults who got better with an antidepressant.',
        es: 'Adultos que mejoraron con un antidepresivo.',
      },
      timeFrame: {
        en: 'About 1 to 2 years. The studies followed people for different lengths of time.',
        es: 'Entre 1 y 2 años, más o menos. Los estudios siguieron a las personas por periodos de distinta duración.',
      },
      higherIsBetter: false,
      results: [
        { option: 'therapy', per100: 18 },
        { option: 'medication', per100: 18 },
        { option: 'combined', per100: 15 },
      ],
      certainty: 'low',
      certaintyReason: {
        en: 'Fewer studies (11, with about 1,600 people) tested therapy. They followed people for different lengths of time. The starting number comes from a different set of 31 studies. So treat these as rough numbers.',
        es: 'Menos estudios (11, con unas 1,600 personas) probaron la terapia. Siguieron a las personas por tiempos distintos. El número de partida viene de otro grupo de 31 estudios. Así que tómelos como números aproximados.',
      },
      derivation: {
        en: 'In 31 studies, 18 out of 100 people who kept taking their medicine had depression come back. Most of these studies lasted a year. We then applied the combined results of 11 other studies. Adding therapy to medicine gave 0.85 times that number (15 out of 100). Therapy while coming off medicine gave 1.02 times (18 out of 100).',
        es: 'En 31 estudios, a 18 de cada 100 personas que siguieron tomando su medicamento les volvió la depresión. La mayoría de esos estudios duró un año. Luego aplicamos los resultados combinados de otros 11 estudios. Agregar terapia al medicamento dio 0.85 veces ese número (15 de cada 100). Terapia mientras se deja el medicamento dio 1.02 veces (18 de cada 100).',
      },
      effects: [
        {
          measure: 'RR',
          value: 0.85,
          ciLow: 0.74,
          ciHigh: 0.97,
          comparison: {
            en: 'Therapy added to medicine vs medicine alone',
            es: 'Terapia agregada al medicamento frente a medicamento solo',
          },
          sourceId: 'breedvelt-2020-relapse',
        },
        {
          measure: 'RR',
          value: 1.02,
          ciLow: 0.84,
          ciHigh: 1.25,
          comparison: {
            en: 'Therapy while coming off medicine vs staying on medicine',
            es: 'Terapia mientras se deja el medicamento frente a seguir con el medicamento',
          },
          sourceId: 'breedvelt-2020-relapse',
        },
        {
          measure: 'percent',
          value: 18,
          comparison: {
            en: 'Share whose depression came back while staying on medicine, 31 studies (starting number)',
            es: 'Proporción a la que le volvió la depresión sin dejar el medicamento, 31 estudios (número de partida)',
          },
          sourceId: 'geddes-2003-relapse',
        },
      ],
      sourceIds: ['breedvelt-2020-relapse', 'geddes-2003-relapse'],
    },
    {
      id: 'returns-after-treatment-stops',
      label: {
        en: 'Depression comes back after treatment stops',
        es: 'La depresión vuelve después de terminar el tratamiento',
      },
      definition: {
        en: 'Depression came back after treatment ended. That means after a finished course of CBT, or after the antidepressant was stopped. Here "medicine" means medicine that was stopped, not kept going.',
        es: 'La depresión volvió al terminar el tratamiento. Es decir, después de completar un curso de terapia cognitivo-conductual, o después de dejar el antidepresivo. Aquí "medicamento" significa un medicamento que se dejó, no que se siguió tomando.',
      },
      population: {
        en: 'Adults whose depression got better with CBT or an antidepressant. Then they stopped treatment.',
        es: 'Adultos cuya depresión mejoró con terapia cognitivo-conductual o con un antidepresivo. Luego dejaron el tratamiento.',
      },
      timeFrame: {
        en: 'About 6 months to 1 and a half years after treatment ended.',
        es: 'Entre 6 meses y un año y medio, más o menos, después de terminar el tratamiento.',
      },
      higherIsBetter: false,
      results: [
        { option: 'therapy', per100: 21 },
        { option: 'medication', per100: 41 },
      ],
      certainty: 'low',
      certaintyReason: {
        en: 'Only 9 small studies (about 500 people) compared CBT with stopping medicine. So the true difference could be smaller or larger. The starting number comes from a different set of 31 studies.',
        es: 'Solo 9 estudios pequeños (unas 500 personas) compararon la terapia con dejar el medicamento. Así que la diferencia real podría ser menor o mayor. El número de partida viene de otro grupo de 31 estudios.',
      },
      derivation: {
        en: 'In 31 studies, medicine that had helped was swapped for a dummy pill. Then 41 out of 100 people had depression come back. Most of these studies lasted a year. We then applied the combined result of 8 other studies. They compared a finished course of CBT with stopping medicine. Depression came back less often after CBT (their combined measure was 2.61). That gives 21 out of 100 after CBT. That is about 1 in 5 fewer, as the study authors also reported.',
        es: 'En 31 estudios, el medicamento que había ayudado se cambió por una pastilla falsa. Luego, a 41 de cada 100 personas les volvió la depresión. La mayoría de esos estudios duró un año. Luego aplicamos el resultado combinado de otros 8 estudios. Estos compararon un curso completo de terapia cognitivo-conductual con dejar el medicamento. La depresión volvió menos después de la terapia (su medida combinada fue 2.61). Eso da 21 de cada 100 después de la terapia. Son más o menos 1 de cada 5 menos, como también informaron los autores.',
      },
      effects: [
        {
          measure: 'OR',
          value: 2.61,
          ciLow: 1.58,
          ciHigh: 4.31,
          comparison: {
            en: 'CBT vs stopping medicine (above 1 means fewer relapses after CBT)',
            es: 'Terapia cognitivo-conductual frente a dejar el medicamento (más de 1 significa menos recaídas después de la terapia)',
          },
          sourceId: 'cuijpers-2013-cbt-relapse',
        },
        {
          measure: 'percent',
          value: 41,
          comparison: {
            en: 'Share whose depression came back after medicine was swapped for a dummy pill, 31 studies (starting number)',
            es: 'Proporción a la que le volvió la depresión después de cambiar el medicamento por una pastilla falsa, 31 estudios (número de partida)',
          },
          sourceId: 'geddes-2003-relapse',
        },
      ],
      sourceIds: ['cuijpers-2013-cbt-relapse', 'geddes-2003-relapse'],
    },
    discontinuationSymptomsOutcome,
  ],
  myths: [
    {
      id: 'medicine-means-weakness',
      myth: {
        en: 'Needing medicine means I am weak, or that therapy has failed.',
        es: 'Necesitar medicamento significa que soy débil, o que la terapia fracasó.',
      },
      fact: {
        en: 'Depression is a health condition, not a weakness. Medicine and therapy are both standard treatments. Needing one, the other or both says nothing about your strength.',
        es: 'La depresión es una condición de salud, no una debilidad. El medicamento y la terapia son tratamientos comunes. Necesitar uno, el otro o ambos no dice nada de su fortaleza.',
      },
      sourceIds: ['nice-ng222'],
    },
    {
      id: 'both-means-hopeless',
      myth: {
        en: 'If I am offered medicine on top of therapy, my case must be hopeless.',
        es: 'Si me ofrecen medicamento además de la terapia, mi caso no tiene remedio.',
      },
      fact: {
        en: 'Using both is a common plan, not a bad sign. For more severe depression, the UK\'s NICE guideline lists both among the first choices. In the US, a large group of doctors (the American College of Physicians) lists CBT or a medicine first. It lists both together as another choice.',
        es: 'Usar ambos es un plan común, no una mala señal. Para la depresión más grave, la guía NICE del Reino Unido incluye ambos entre las primeras opciones. En Estados Unidos, un gran grupo de médicos (el Colegio Americano de Médicos) pone primero la terapia cognitivo-conductual o un medicamento. Pone ambos juntos como otra opción.',
      },
      sourceIds: ['nice-ng222', 'acp-2023-depression'],
    },
    {
      id: 'medicine-replaces-therapy',
      myth: {
        en: 'Once I start medicine, I will not need therapy.',
        es: 'Cuando empiece el medicamento, ya no voy a necesitar terapia.',
      },
      fact: {
        en: 'Medicine can ease symptoms. But it does not teach new ways to cope. Some studies looked at people whose depression got better with medicine. In them, adding therapy lowered the chance that depression came back.',
        es: 'El medicamento puede aliviar los síntomas. Pero no enseña nuevas formas de afrontar las cosas. Algunos estudios miraron a personas que mejoraron con medicamento. En ellas, agregar terapia bajó la probabilidad de que la depresión volviera.',
      },
      sourceIds: ['breedvelt-2020-relapse'],
    },
    {
      id: 'therapy-always-enough',
      myth: {
        en: 'If I do not want medicine, therapy alone will always be enough.',
        es: 'Si no quiero medicamento, la terapia sola siempre será suficiente.',
      },
      fact: {
        en: 'For many people, therapy alone works about as well as medicine alone. With milder depression, it may be all you need. But on average, more people did well with both. This is most true with severe or long-lasting depression. If therapy alone is not helping, you can change the plan.',
        es: 'Para muchas personas, la terapia sola funciona más o menos igual que el medicamento solo. Con una depresión más leve, puede ser todo lo que necesita. Pero en promedio, a más personas les fue bien con ambos. Esto es más cierto con depresión grave o de larga duración. Si la terapia sola no le está ayudando, puede cambiar el plan.',
      },
      sourceIds: ['cuijpers-2020-nma'],
    },
    {
      id: 'antidepressants-addictive',
      myth: {
        en: 'Antidepressants are addictive.',
        es: 'Los antidepresivos son adictivos.',
      },
      fact: {
        en: 'Antidepressants do not cause cravings. You do not need more and more, as with addictive drugs. But stopping them, missing doses or cutting down can cause withdrawal symptoms. These include dizziness, trouble sleeping or feeling restless. They are often mild and pass in 1 to 2 weeks. But they can be stronger or last longer. Lower the dose slowly with your prescriber. Most people stop antidepressants successfully.',
        es: 'Los antidepresivos no causan antojos. No hace falta tomar cada vez más, como con las drogas adictivas. Pero dejarlos, saltarse dosis o reducirlos puede causar síntomas. Por ejemplo, mareo, problemas para dormir o inquietud. Suelen ser leves y pasar en 1 a 2 semanas. Pero pueden ser más fuertes o durar más. Baje la dosis poco a poco con quien le receta. La mayoría de las personas dejan los antidepresivos sin problemas.',
      },
      sourceIds: ['nice-ng222'],
    },
    {
      id: 'therapy-wears-off',
      myth: {
        en: 'The benefits of therapy stop when the sessions stop.',
        es: 'Los beneficios de la terapia se acaban cuando terminan las sesiones.',
      },
      fact: {
        en: 'Studies compared people who finished CBT with people who stopped their medicine. After CBT, depression came back less often in the next year or so.',
        es: 'Los estudios compararon a quienes terminaron la terapia cognitivo-conductual con quienes dejaron su medicamento. Después de la terapia, la depresión volvió menos veces en el año siguiente.',
      },
      sourceIds: ['cuijpers-2013-cbt-relapse'],
    },
  ],
  cautions: [
    {
      id: 'milder-may-need-one',
      kind: 'not-needed',
      text: {
        en: 'If your depression is milder, you may not need both. The UK\'s NICE guideline advises not to start with medicine for less severe depression, unless you prefer it. In the US, the American College of Physicians suggests CBT alone for mild depression. The few studies of both together in milder depression showed no added benefit.',
        es: 'Si su depresión es más leve, puede que no necesite ambos. La guía NICE del Reino Unido aconseja no empezar con medicamento en la depresión menos grave, a menos que usted lo prefiera. En Estados Unidos, el Colegio Americano de Médicos sugiere solo terapia cognitivo-conductual para la depresión leve. Los pocos estudios de ambos juntos en depresión más leve no mostraron un beneficio adicional.',
      },
      sourceIds: ['nice-ng222', 'acp-2023-depression', 'cuijpers-2020-nma'],
    },
    {
      id: 'relapse-numbers-rough',
      kind: 'thin-evidence',
      text: {
        en: 'The numbers about depression coming back come from fewer and smaller studies. Each one also joins two different sets of studies. The numbers about feeling better have more behind them. Treat them all as rough guides. Most studies were in adults with moderate to severe depression. So the numbers may fit you less well.',
        es: 'Los números sobre la depresión que vuelve vienen de menos estudios, y más pequeños. Además, cada uno une dos grupos distintos de estudios. Los números sobre sentirse mejor tienen más estudios detrás. Tómelos todos como una guía aproximada. La mayoría de los estudios fueron en adultos con depresión moderada a grave. Así que los números pueden aplicarse menos a su caso.',
      },
      sourceIds: ['cuijpers-2013-cbt-relapse', 'breedvelt-2020-relapse', 'geddes-2003-relapse'],
    },
    ...antidepressantCautions,
    {
      id: 'bupropion-seizures',
      kind: 'medicine-safety',
      text: {
        en: 'Bupropion is not for you if you have a seizure disorder such as epilepsy, or if you have or had bulimia or anorexia. It makes a seizure more likely. Tell your prescriber if you have ever had a seizure.',
        es: 'El bupropión no es para usted si tiene un trastorno de convulsiones, como la epilepsia, o si tiene o tuvo bulimia o anorexia. Hace más probable una convulsión. Avise a quien le receta si alguna vez tuvo una convulsión.',
      },
      sourceIds: ['fda-antidepressant-labels'],
      appliesTo: ['seizures'],
    },
    suicidalThoughtsReviewFirstCaution,
    {
      id: 'get-help-today',
      kind: 'red-flag',
      text: {
        en: 'Talk to your clinician today, or get help now from the crisis lines below, if any of these is true: You have thoughts of ending your life or harming yourself. You have made a plan. You cannot eat, drink or keep yourself safe. You see or hear things others do not. If you are in danger now, call your local emergency number.',
        es: 'Hable hoy con su profesional de salud, o pida ayuda ahora con las líneas de crisis que aparecen abajo, si le pasa algo de esto: Tiene pensamientos de quitarse la vida o de hacerse daño. Ya tiene un plan. No puede comer, beber o mantenerse a salvo. Ve u oye cosas que otros no perciben. Si está en peligro ahora, llame al número de emergencias de su zona.',
      },
      sourceIds: [],
    },
  ],
};
