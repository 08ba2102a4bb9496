import type { Condition, Modality, OptionKind } from '../schema';
import {
  antidepressantCautions,
  discontinuationMeasuredRates,
  discontinuationSymptomsOutcome,
  suicidalThoughtsReviewFirstCaution,
} from './antidepressant-safety';

// Full content. Every figure traces to a source in ../sources/anxiety.ts; docs/evidence-trace-anxiety.md records
// where in each source it sits and how the "out of 100" numbers were made. Change a number only with both.

const cbt: Modality = {
  id: 'cbt',
  name: { en: 'Cognitive behavioural therapy', es: 'Terapia cognitivo-conductual' },
  abbreviation: { en: 'CBT', es: 'TCC' },
  description: {
    en: 'Talking therapy where you learn to spot anxious thoughts, test them, and change the habits that keep fear going.',
    es: 'Terapia de conversación en la que usted aprende a notar los pensamientos ansiosos, ponerlos a prueba y cambiar los hábitos que mantienen el miedo.',
  },
};

const exposureTherapy: Modality = {
  id: 'exposure-therapy',
  name: { en: 'Exposure therapy', es: 'Terapia de exposición' },
  description: {
    en: 'Facing what you fear step by step, with support, until it loses its hold on you.',
    es: 'Enfrentar poco a poco lo que le da miedo, con apoyo, hasta que ese miedo pierda fuerza.',
  },
};

const appliedRelaxation: Modality = {
  id: 'applied-relaxation',
  name: { en: 'Applied relaxation', es: 'Relajación aplicada' },
  description: {
    en: 'Learning to relax your body quickly, then using that skill in the moments that make you tense.',
    es: 'Aprender a relajar el cuerpo con rapidez y luego usar esa habilidad en los momentos que le generan tensión.',
  },
};

const guidedSelfHelp: Modality = {
  id: 'guided-self-help',
  name: { en: 'Guided self-help', es: 'Autoayuda guiada' },
  description: {
    en: 'Working through a CBT book or online program, with short check-ins from a professional.',
    es: 'Trabajar con un libro o programa en línea de terapia cognitivo-conductual, con breves revisiones de un profesional.',
  },
};

const ssri: Modality = {
  id: 'ssri',
  name: { en: 'SSRI medicines', es: 'Medicamentos ISRS' },
  abbreviation: { en: 'SSRI', es: 'ISRS' },
  description: {
    en: 'A common type of antidepressant that also treats anxiety, such as sertraline or escitalopram. It takes a few weeks to start helping.',
    es: 'Un tipo común de antidepresivo que también trata la ansiedad, como la sertralina o el escitalopram. Tarda algunas semanas en empezar a ayudar.',
  },
};

const snri: Modality = {
  id: 'snri',
  name: { en: 'SNRI medicines', es: 'Medicamentos IRSN' },
  abbreviation: { en: 'SNRI', es: 'IRSN' },
  description: {
    en: 'Medicines that work a lot like SSRIs. Examples are venlafaxine and duloxetine.',
    es: 'Medicamentos que actúan de forma parecida a los ISRS. Por ejemplo, la venlafaxina o la duloxetina.',
  },
};

const educationAndMonitoring: Modality = {
  id: 'education-and-monitoring',
  name: { en: 'Learning about anxiety and checking in', es: 'Aprender sobre la ansiedad y citas de control' },
  description: {
    en: 'Learning how anxiety works, trying self-help, and meeting your clinician again to see how you are doing.',
    es: 'Aprender cómo funciona la ansiedad, probar la autoayuda y volver a ver a su profesional de salud para revisar cómo va.',
  },
};


// ---- Figures from published studies -------------------------------------------------------------------------

/**
 * A rate measured directly in one arm of a cited trial. Shown as "out of 100" after rounding to a whole person.
 * tests/unit/evidence-anxiety.test.ts checks each against the outcome it belongs to.
 */
export type { MeasuredRate } from './antidepressant-safety';
import type { MeasuredRate } from './antidepressant-safety';

/**
 * An "out of 100" figure made by applying a published risk ratio to a measured rate. `appliedAs: 'reciprocal'`
 * means the ratio compares the baseline option with this one, so 1/value is used.
 */
export interface Derivation {
  outcomeId: string;
  option: OptionKind;
  baselineOption: OptionKind;
  baselinePer100: number;
  measure: 'RR';
  publishedValue: number;
  appliedAs: 'as-published' | 'reciprocal';
}

export const measuredRates: MeasuredRate[] = [
  // Barlow 2000 abstract: acute-phase response (Panic Disorder Severity Scale), intent-to-treat.
  { outcomeId: 'panic-feel-much-better', option: 'medication', percent: 45.8, sourceId: 'barlow-2000-panic' },
  { outcomeId: 'panic-feel-much-better', option: 'therapy', percent: 48.7, sourceId: 'barlow-2000-panic' },
  // The shared harm outcome (Henssler 2024): SSRIs and SNRIs are antidepressants, stopped the same way.
  ...discontinuationMeasuredRates,
];

export const derivations: Derivation[] = [
  // Furukawa 2006: combined vs antidepressant alone, acute phase, RR 1.24. Cross-check in the trace: 48.7 × 1.16.
  { outcomeId: 'panic-feel-much-better', option: 'combined', baselineOption: 'medication', baselinePer100: 45.8, measure: 'RR', publishedValue: 1.24, appliedAs: 'as-published' },
];

/** The second route to the combined figure, from the therapy arm; it must land within one person of the first. */
export const crossCheck = { outcomeId: 'panic-feel-much-better', baselinePer100: 48.7, publishedValue: 1.16 } as const;

// ---- The condition ------------------------------------------------------------------------------------------

export const condition: Condition = {
  id: 'anxiety',
  name: { en: 'Anxiety disorders', es: 'Trastornos de ansiedad' },
  tagline: {
    en: 'Worry, panic or fear of social situations that gets in the way of daily life.',
    es: 'Preocupación, pánico o miedo a situaciones sociales que afectan la vida diaria.',
  },
  whatItIs: {
    en: 'Everyone feels anxious at times. In an anxiety disorder, the worry or fear is strong and lasts a long time. It gets in the way of daily life. Generalised anxiety means worry about many everyday things that is hard to stop. Panic disorder means sudden waves of strong fear, with a racing heart or short breath. Then you fear the next one. Social anxiety means a strong fear of being judged by other people.',
    es: 'Todas las personas sienten ansiedad a veces. En un trastorno de ansiedad, la preocupación o el miedo son fuertes y duran mucho tiempo. Afectan la vida diaria. La ansiedad generalizada es una preocupación por muchas cosas del día a día que cuesta parar. El trastorno de pánico son olas repentinas de miedo fuerte, con el corazón acelerado o falta de aire. Luego da miedo que vuelva a pasar. La ansiedad social es un miedo fuerte a que los demás le juzguen.',
  },
  naturalCourse: {
    en: 'Mild anxiety may get better on its own, or with advice and self-help. Without treatment, anxiety often lasts a long time. It can come and go for years. Staying away from what you fear brings quick relief. But over time it can keep the fear going.',
    es: 'La ansiedad leve puede mejorar sola, o con consejos y autoayuda. Sin tratamiento, la ansiedad suele durar mucho tiempo. Puede ir y venir durante años. Alejarse de lo que le da miedo trae alivio rápido. Pero con el tiempo puede mantener el miedo.',
  },
  decision: {
    en: 'How to treat your anxiety now. You can choose talk therapy, medicine, or both. If your anxiety is mild, you can also learn about it and try self-help. Then you check in again before you decide.',
    es: 'Cómo tratar su ansiedad ahora. Puede elegir terapia de conversación, medicamento o ambos. Si su ansiedad es leve, también puede aprender sobre ella y probar la autoayuda. Luego vuelve a revisar antes de decidir.',
  },
  completeness: 'full',
  options: [
    {
      kind: 'therapy',
      summary: {
        en: 'Meeting with a trained therapist, or using guided self-help. You learn skills to handle worry, panic or fear, and to face what you avoid.',
        es: 'Reunirse con un terapeuta capacitado, o usar autoayuda guiada. Usted aprende habilidades para manejar la preocupación, el pánico o el miedo, y para enfrentar lo que evita.',
      },
      modalities: [cbt, exposureTherapy, appliedRelaxation, guidedSelfHelp],
      involves: {
        timeEachWeek: {
          en: 'Often one session a week of about an hour, for about 3 to 4 months. You also practise at home. Guided self-help takes less time with the therapist.',
          es: 'Con frecuencia una sesión por semana de más o menos una hora, durante unos 3 a 4 meses. También practica en casa. La autoayuda guiada requiere menos tiempo con el terapeuta.',
        },
        howSoonItHelps: {
          en: 'Many people notice a change within a few weeks. The full benefit often takes a few months.',
          es: 'Muchas personas notan un cambio en pocas semanas. El beneficio completo suele tardar unos meses.',
        },
        commonBurdens: {
          en: 'Facing fears on purpose feels hard at first. It takes time, energy and practice. There may be a wait to start.',
          es: 'Enfrentar los miedos a propósito cuesta al principio. Requiere tiempo, energía y práctica. Puede haber una espera para empezar.',
        },
        costs: {
          en: 'Depends on your insurance or clinic. There may be a copay for each session. Group, video or self-help programs can cost less.',
          es: 'Depende de su seguro o clínica. Puede haber un copago por cada sesión. Los programas en grupo, por video o de autoayuda pueden costar menos.',
        },
      },
      benefits: [
        {
          en: 'In a large panic trial, it helped about as many people as medicine alone.',
          es: 'En un estudio grande de pánico, ayudó a más o menos tantas personas como el medicamento solo.',
        },
        {
          en: 'There are no medicine side effects to deal with.',
          es: 'No hay efectos secundarios de medicamentos que manejar.',
        },
        {
          en: 'The skills stay with you after the sessions end.',
          es: 'Las habilidades se quedan con usted cuando terminan las sesiones.',
        },
      ],
      harms: [
        {
          en: 'It takes time every week for months, plus practice.',
          es: 'Requiere tiempo cada semana durante meses, y práctica.',
        },
        {
          en: 'Anxiety may rise for a while as you face fears.',
          es: 'La ansiedad puede subir por un tiempo al enfrentar los miedos.',
        },
        {
          en: 'Finding a trained therapist can take weeks.',
          es: 'Encontrar un terapeuta capacitado puede tardar semanas.',
        },
      ],
      caveat: {
        en: 'Therapy works best when you go each week and practise between sessions. For social anxiety, the UK\'s NICE guideline suggests CBT as the first choice.',
        es: 'La terapia funciona mejor cuando va cada semana y practica entre sesiones. Para la ansiedad social, la guía NICE del Reino Unido sugiere la terapia cognitivo-conductual como primera opción.',
      },
    },
    {
      kind: 'medication',
      summary: {
        en: 'A pill each day, most often an SSRI or SNRI. A doctor or nurse prescribes it and checks on you.',
        es: 'Una pastilla cada día, casi siempre un ISRS o un IRSN. Un médico o una enfermera la receta y le hace seguimiento.',
      },
      modalities: [ssri, snri],
      involves: {
        timeEachWeek: {
          en: 'A pill once a day. Check-ins are more frequent in the first weeks, then less often.',
          es: 'Una pastilla una vez al día. Las citas de control son más seguidas en las primeras semanas y luego más espaciadas.',
        },
        howSoonItHelps: {
          en: 'It usually takes a few weeks to start helping. Some people need a different dose or medicine.',
          es: 'Por lo general tarda algunas semanas en empezar a ayudar. Algunas personas necesitan otra dosis u otro medicamento.',
        },
        commonBurdens: {
          en: 'Side effects are common in the first weeks. When it is time to stop, it is lowered slowly, with your prescriber.',
          es: 'Los efectos secundarios son comunes en las primeras semanas. Cuando llega el momento de dejarlo, se baja poco a poco, con quien le receta.',
        },
        costs: {
          en: 'Most of these medicines come as low-cost generics. Prescriber visits may have a copay.',
          es: 'La mayoría de estos medicamentos existen como genéricos de bajo costo. Las citas con quien receta pueden tener un copago.',
        },
      },
      benefits: [
        {
          en: 'In a large panic trial, it helped about as many people as therapy alone.',
          es: 'En un estudio grande de pánico, ayudó a más o menos tantas personas como la terapia sola.',
        },
        {
          en: 'Once the dose is right, it takes little time each day.',
          es: 'Una vez que la dosis es la correcta, toma poco tiempo cada día.',
        },
        {
          en: 'It does not need a therapist, so it can start sooner.',
          es: 'No necesita un terapeuta, así que puede empezar antes.',
        },
      ],
      harms: [
        {
          en: 'Side effects such as nausea, sleep changes or sexual problems.',
          es: 'Efectos secundarios como náuseas, cambios en el sueño o problemas sexuales.',
        },
        {
          en: 'Stopping suddenly can cause withdrawal symptoms, so it is tapered.',
          es: 'Dejarlo de golpe puede causar síntomas al dejar el medicamento, por eso se baja poco a poco.',
        },
        {
          en: 'After stopping, it did less well than care that included therapy.',
          es: 'Al dejarlo, funcionó peor que la atención que incluía terapia.',
        },
      ],
      caveat: {
        en: 'Before you start, your prescriber checks a few safety points: your age, any past very high moods, pregnancy and other medicines. They are listed under "Medicine safety" below, with why fast calming pills are not offered here.',
        es: 'Antes de empezar, quien le receta revisa algunos puntos de seguridad: su edad, si alguna vez tuvo el ánimo muy alto, embarazo y otros medicamentos. Aparecen abajo, en "Seguridad de los medicamentos", junto con por qué aquí no se ofrecen pastillas calmantes rápidas.',
      },
    },
    {
      kind: 'combined',
      summary: {
        en: 'Therapy and medicine at the same time. Some people start both at once; others add one to the other later.',
        es: 'Terapia y medicamento al mismo tiempo. Algunas personas empiezan ambos a la vez; otras agregan uno al otro más adelante.',
      },
      modalities: [cbt, ssri, snri],
      involves: {
        timeEachWeek: {
          en: 'A weekly therapy session and practice at home, plus a daily pill and visits with your prescriber.',
          es: 'Una sesión de terapia por semana y práctica en casa, además de una pastilla diaria y citas con quien le receta.',
        },
        howSoonItHelps: {
          en: 'Each part takes a few weeks to start working. In panic studies, a few more people felt much better by the end.',
          es: 'Cada parte tarda algunas semanas en empezar a funcionar. En estudios de pánico, algunas personas más se sintieron mucho mejor al final.',
        },
        commonBurdens: {
          en: 'You take on the effort of therapy and the side effects of medicine. It works best when your therapist and prescriber talk.',
          es: 'Usted asume el esfuerzo de la terapia y los efectos secundarios del medicamento. Funciona mejor cuando su terapeuta y quien le receta se comunican.',
        },
        costs: {
          en: 'The costs of both: therapy sessions, medicine and prescriber visits. Check what your insurance covers.',
          es: 'Los costos de ambos: sesiones de terapia, medicamento y citas con quien le receta. Revise qué cubre su seguro.',
        },
      },
      benefits: [
        {
          en: 'In panic studies, a few more people felt much better during treatment.',
          es: 'En estudios de pánico, algunas personas más se sintieron mucho mejor durante el tratamiento.',
        },
        {
          en: 'After treatment ended, it did better than medicine alone.',
          es: 'Al terminar el tratamiento, funcionó mejor que el medicamento solo.',
        },
        {
          en: 'Medicine can ease symptoms while you learn the skills.',
          es: 'El medicamento puede aliviar los síntomas mientras aprende las habilidades.',
        },
      ],
      harms: [
        {
          en: 'Medicine side effects are still possible, such as nausea.',
          es: 'Siguen siendo posibles los efectos del medicamento, como náuseas.',
        },
        {
          en: 'After treatment ended, it did no better than therapy alone.',
          es: 'Al terminar el tratamiento, no funcionó mejor que la terapia sola.',
        },
        {
          en: 'It takes the most time and usually costs the most.',
          es: 'Es lo que más tiempo requiere y suele costar más.',
        },
      ],
      caveat: {
        en: 'Most research on using both is about panic. There is less for other kinds of anxiety. So we do not know if both adds much there. The medicine safety points below apply here too.',
        es: 'La mayoría de los estudios sobre usar ambos son del pánico. Para otros tipos de ansiedad hay menos. Así que no sabemos si usar ambos agrega mucho ahí. Los puntos de seguridad de los medicamentos que aparecen abajo también aplican aquí.',
      },
    },
    {
      kind: 'waiting',
      summary: {
        en: 'For milder anxiety: learn about anxiety, try self-help, and see your clinician again before deciding on more.',
        es: 'Para la ansiedad más leve: aprender sobre la ansiedad, probar la autoayuda y volver a ver a su profesional de salud antes de decidir algo más.',
      },
      modalities: [educationAndMonitoring],
      involves: {
        timeEachWeek: {
          en: 'Little time: reading or a self-help program, and a check-in within a few weeks.',
          es: 'Poco tiempo: leer o usar un programa de autoayuda, y una revisión en unas semanas.',
        },
        howSoonItHelps: {
          en: 'Milder anxiety sometimes eases with time and self-help, but it may not. We found no figures to compare fairly with treatment.',
          es: 'La ansiedad más leve a veces mejora con el tiempo y la autoayuda, pero puede que no. No encontramos cifras que se puedan comparar de forma justa con los tratamientos.',
        },
        commonBurdens: {
          en: 'You keep living with the anxiety while you wait. You need to watch for signs it is getting worse.',
          es: 'Usted sigue viviendo con la ansiedad mientras espera. Necesita estar pendiente de las señales de que está empeorando.',
        },
        costs: {
          en: 'Usually the lowest cost. You pay only for check-ins and any self-help books.',
          es: 'Suele ser lo de menor costo: solo las citas de seguimiento y los materiales de autoayuda.',
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
          en: 'Mild anxiety can ease with self-help.',
          es: 'La ansiedad más leve a veces mejora con la autoayuda.',
        },
      ],
      harms: [
        {
          en: 'Symptoms may last longer than they would with treatment.',
          es: 'Los síntomas pueden durar más que con un tratamiento.',
        },
        {
          en: 'Avoiding more things can make the fear grow.',
          es: 'Evitar más cosas puede hacer que el miedo crezca.',
        },
        {
          en: 'It is not a good fit for severe or disabling anxiety.',
          es: 'No es adecuado para la ansiedad grave o que incapacita.',
        },
      ],
      caveat: {
        en: 'This fits milder anxiety. If it gets worse, or you start to avoid more of your life, it is time to look at treatment again.',
        es: 'Esto es adecuado para la ansiedad más leve. Si empeora, o si usted empieza a evitar más cosas en su vida, es momento de volver a pensar en un tratamiento.',
      },
    },
  ],
  outcomes: [
    {
      id: 'panic-feel-much-better',
      label: { en: 'Panic: feel much better by the end of treatment', es: 'Pánico: sentirse mucho mejor al final del tratamiento' },
      definition: {
        en: 'Panic symptoms dropped a lot on a rating scale. Doctors call this a "response".',
        es: 'Los síntomas de pánico bajaron mucho en una escala de medición. Los médicos lo llaman "respuesta".',
      },
      population: {
        en: 'Adults with panic disorder in treatment studies. These numbers are not about other kinds of anxiety.',
        es: 'Adultos con trastorno de pánico en estudios de tratamiento. Estos números no se refieren a otros tipos de ansiedad.',
      },
      timeFrame: {
        en: 'At the end of about 3 months of weekly treatment.',
        es: 'Al final de unos 3 meses de tratamiento semanal.',
      },
      higherIsBetter: true,
      results: [
        { option: 'therapy', per100: 49 },
        { option: 'medication', per100: 46 },
        { option: 'combined', per100: 57 },
      ],
      certainty: 'low',
      certaintyReason: {
        en: 'The ratios come from 21 studies with about 1,700 people. But people knew which treatment they got. And the gain from both together over medicine could be small. The starting numbers come from one trial that used an older medicine.',
        es: 'Las razones vienen de 21 estudios con unas 1,700 personas. Pero las personas sabían qué tratamiento recibían. Y la ventaja de ambos juntos sobre el medicamento podría ser pequeña. Los números de partida vienen de un solo estudio que usó un medicamento más antiguo.',
      },
      derivation: {
        en: 'In one trial, after 3 months, 46 out of 100 people on medicine alone felt much better. With CBT alone, it was 49 out of 100. A review of 21 studies found 1.24 times as many people did well with both as with medicine alone. That gives 57 out of 100 for both together.',
        es: 'En un estudio, a los 3 meses, 46 de cada 100 personas con solo medicamento se sintieron mucho mejor. Con solo terapia cognitivo-conductual, fueron 49 de cada 100. Una revisión de 21 estudios encontró 1.24 veces más personas con buen resultado con ambos que con el medicamento solo. Eso da 57 de cada 100 con ambos juntos.',
      },
      effects: [
        {
          measure: 'RR',
          value: 1.24,
          ciLow: 1.02,
          ciHigh: 1.52,
          comparison: { en: 'Both together vs medicine alone, end of treatment', es: 'Ambos juntos frente a medicamento solo, al final del tratamiento' },
          sourceId: 'furukawa-2006-panic',
        },
        {
          measure: 'RR',
          value: 1.16,
          ciLow: 1.03,
          ciHigh: 1.3,
          comparison: { en: 'Both together vs therapy alone, end of treatment', es: 'Ambos juntos frente a terapia sola, al final del tratamiento' },
          sourceId: 'furukawa-2006-panic',
        },
        {
          measure: 'RR',
          value: 1.61,
          ciLow: 1.23,
          ciHigh: 2.11,
          comparison: { en: 'Both together vs medicine alone, after treatment ended', es: 'Ambos juntos frente a medicamento solo, después de terminar el tratamiento' },
          sourceId: 'furukawa-2006-panic',
        },
        {
          measure: 'RR',
          value: 0.96,
          ciLow: 0.79,
          ciHigh: 1.16,
          comparison: { en: 'Both together vs therapy alone, after treatment ended', es: 'Ambos juntos frente a terapia sola, después de terminar el tratamiento' },
          sourceId: 'furukawa-2006-panic',
        },
        {
          measure: 'percent',
          value: 45.8,
          comparison: { en: 'Share who responded to medicine alone (starting number)', es: 'Proporción que respondió al medicamento solo (número de partida)' },
          sourceId: 'barlow-2000-panic',
        },
        {
          measure: 'percent',
          value: 48.7,
          comparison: { en: 'Share who responded to CBT alone', es: 'Proporción que respondió a la terapia cognitivo-conductual sola' },
          sourceId: 'barlow-2000-panic',
        },
      ],
      sourceIds: ['furukawa-2006-panic', 'barlow-2000-panic'],
    },
    discontinuationSymptomsOutcome,
  ],
  myths: [
    {
      id: 'medicine-means-weakness',
      myth: {
        en: 'If I need medicine for anxiety, I am weak, or therapy has failed.',
        es: 'Necesitar medicamento para la ansiedad significa que soy débil, o que la terapia fracasó.',
      },
      fact: {
        en: 'Anxiety is a health problem, not a weakness. Medicine and therapy are both normal ways to treat it. In panic studies, a few more people did well with both than with one alone.',
        es: 'La ansiedad es un problema de salud, no una debilidad. El medicamento y la terapia son formas comunes de tratarla. En estudios de pánico, algunas personas más mejoraron con ambos que con uno solo.',
      },
      sourceIds: ['furukawa-2006-panic'],
    },
    {
      id: 'adding-medicine-means-serious',
      myth: {
        en: 'If I am told to add medicine to therapy, my anxiety must be very bad.',
        es: 'Si me ofrecen medicamento además de la terapia, mi ansiedad debe ser muy grave.',
      },
      fact: {
        en: 'Not at all. Adding or switching is a normal step when one has not helped enough. Guidelines plan care in steps. Medicine is one of the usual choices.',
        es: 'Para nada. Agregar o cambiar un tratamiento es un paso normal cuando uno no ha ayudado lo suficiente. Las guías organizan la atención por pasos, y el medicamento es una de las opciones comunes.',
      },
      sourceIds: ['nice-cg113'],
    },
    {
      id: 'medicine-replaces-therapy',
      myth: {
        en: 'Once I start medicine, I will not need therapy.',
        es: 'Cuando empiece el medicamento, ya no voy a necesitar terapia.',
      },
      fact: {
        en: 'Medicine can ease symptoms. But it does not teach you to face fears. In panic studies, people who also had therapy did better after the end of care. They did better than people who had medicine alone.',
        es: 'El medicamento puede aliviar los síntomas. Pero no le enseña a enfrentar los miedos. En estudios de pánico, a quienes también tuvieron terapia les fue mejor al terminar el tratamiento. Les fue mejor que a quienes solo tomaron medicamento.',
      },
      sourceIds: ['furukawa-2006-panic'],
    },
    {
      id: 'therapy-always-enough',
      myth: {
        en: 'If I do not want medicine, therapy will always be enough.',
        es: 'Si no quiero medicamento, la terapia sola siempre será suficiente.',
      },
      fact: {
        en: 'Therapy alone is a strong choice. For social anxiety, the UK\'s NICE guideline says CBT helps more than medicine. For panic, therapy alone held up as well as both after care ended. Still, it does not help everyone. If it is not helping enough, you can add medicine.',
        es: 'La terapia sola es una buena opción. Para la ansiedad social, la guía NICE del Reino Unido dice que la terapia cognitivo-conductual ayuda más que el medicamento. En el pánico, la terapia sola se mantuvo igual que ambos al terminar el tratamiento. Aun así, no ayuda a todos. Si no le ayuda lo suficiente, puede agregar medicamento.',
      },
      sourceIds: ['nice-cg159', 'furukawa-2006-panic'],
    },
    {
      id: 'antidepressant-means-depressed',
      myth: {
        en: 'If I am offered an antidepressant, it means I must be depressed.',
        es: 'Si me ofrecen un antidepresivo, quiere decir que tengo depresión.',
      },
      fact: {
        en: 'No. SSRIs are called antidepressants. But they also treat anxiety. Being offered one does not mean you have depression.',
        es: 'No. Los ISRS se llaman antidepresivos, pero también tratan la ansiedad. Que le ofrezcan uno no significa que tenga depresión.',
      },
      sourceIds: ['nice-cg159'],
    },
    {
      id: 'avoiding-keeps-me-safe',
      myth: {
        en: 'Staying away from what scares me is the best way to cope.',
        es: 'Alejarme de lo que me asusta es la mejor forma de sobrellevarlo.',
      },
      fact: {
        en: 'Avoiding brings quick relief, but over time it can make the fear bigger. Therapy helps you face fears in small, planned steps, so they lose their hold.',
        es: 'Evitar trae alivio rápido, pero con el tiempo puede hacer que el miedo crezca. La terapia le ayuda a enfrentar los miedos en pasos pequeños y planeados, para que pierdan fuerza.',
      },
      sourceIds: [],
    },
  ],
  cautions: [
    {
      id: 'milder-may-need-less',
      kind: 'not-needed',
      text: {
        en: 'If your anxiety is mild, you may not need therapy and medicine together. The UK\'s NICE guideline starts with learning about anxiety and self-help. It moves to the next step only if needed.',
        es: 'Si su ansiedad es leve, puede que no necesite terapia y medicamento juntos. La guía NICE del Reino Unido empieza con aprender sobre la ansiedad y la autoayuda. Solo pasa al siguiente paso si hace falta.',
      },
      sourceIds: ['nice-cg113'],
    },
    {
      id: 'numbers-are-about-panic',
      kind: 'thin-evidence',
      text: {
        en: 'The numbers on feeling better come from studies of panic. A large review found enough proof that adding therapy to medicine helps in panic. There is not yet enough proof for other kinds of anxiety. That does not mean it does not help. It has been studied less.',
        es: 'Los números sobre sentirse mejor vienen de estudios del pánico. Una revisión grande encontró pruebas suficientes de que agregar terapia al medicamento ayuda en el pánico. Todavía no hay pruebas suficientes para otros tipos de ansiedad. Eso no quiere decir que no ayude. Se ha estudiado menos.',
      },
      sourceIds: ['cuijpers-2014-adding-psychotherapy', 'furukawa-2006-panic'],
    },
    ...antidepressantCautions,
    {
      id: 'benzodiazepines-not-offered',
      kind: 'medicine-safety',
      text: {
        en: 'Fast calming pills called benzodiazepines, such as lorazepam or diazepam, are not one of the choices here. The UK\'s NICE guideline says not to use them for panic. For worry, it allows them only for a short time in a crisis. In the US, they carry the strongest warnings. Taken with opioid painkillers, they can slow breathing and cause death. They can lead to misuse and addiction. The body can come to depend on them, and stopping can cause withdrawal. If you already take one, do not stop it suddenly. That can be dangerous. Lower it slowly with your prescriber. With alcohol, they are more dangerous. They make falls more likely, above all in older adults, and make driving unsafe. If you stop them after exposure therapy, the fear is more likely to come back.',
        es: 'Las pastillas calmantes rápidas llamadas benzodiacepinas, como el lorazepam o el diazepam, no son una de las opciones aquí. La guía NICE del Reino Unido dice que no se usen para el pánico. Para la preocupación, solo las permite por poco tiempo en una crisis. En Estados Unidos llevan las advertencias más fuertes. Con analgésicos opioides pueden frenar la respiración y causar la muerte. Pueden llevar al mal uso y a la adicción. El cuerpo puede volverse dependiente de ellas, y dejarlas puede causar síntomas de abstinencia. Si ya toma una, no la deje de golpe. Eso puede ser peligroso. Bájela poco a poco con quien le receta. Con alcohol son más peligrosas. Hacen más probables las caídas, sobre todo en personas mayores, y hacen peligroso manejar. Si se dejan después de la terapia de exposición, es más probable que el miedo vuelva.',
      },
      sourceIds: ['nice-cg113', 'fda-benzodiazepine-boxed-warning', 'spiegel-1997-benzodiazepines-exposure'],
      appliesTo: ['substance-use', 'older-adult', 'other-medicines'],
    },
    suicidalThoughtsReviewFirstCaution,
    {
      id: 'get-help-today',
      kind: 'red-flag',
      text: {
        en: 'Talk to your clinician today, or get help now from the crisis lines below, if you have thoughts of ending your life or harming yourself. The same goes if you use alcohol or pills to cope and feel unsafe. Chest pain or trouble breathing that is new or different needs medical care right away. If you are in danger now, call your local emergency number.',
        es: 'Hable hoy con su profesional de salud, o pida ayuda ahora con las líneas de crisis que aparecen abajo, si tiene pensamientos de quitarse la vida o de hacerse daño. Lo mismo si usa alcohol o pastillas para sobrellevarlo y no se siente a salvo. El dolor de pecho o la falta de aire nuevos o distintos necesitan atención médica de inmediato. Si está en peligro ahora, llame al número de emergencias de su zona.',
      },
      sourceIds: [],
    },
  ],
};
