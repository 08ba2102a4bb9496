import type { Condition, Modality, OptionKind } from '../schema';

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
    en: 'Antidepressants that work in a similar way, such as venlafaxine or duloxetine.',
    es: 'Antidepresivos que actúan de forma parecida, como la venlafaxina o la duloxetina.',
  },
};

const benzodiazepines: Modality = {
  id: 'benzodiazepines',
  name: { en: 'Benzodiazepines', es: 'Benzodiacepinas' },
  description: {
    en: 'Fast-acting calming medicines, such as lorazepam or diazepam. Meant only for short periods.',
    es: 'Medicamentos calmantes de acción rápida, como el lorazepam o el diazepam. Son solo para periodos cortos.',
  },
};

const educationAndMonitoring: Modality = {
  id: 'education-and-monitoring',
  name: { en: 'Learning about anxiety and checking in', es: 'Aprender sobre la ansiedad y revisiones' },
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
export interface MeasuredRate {
  outcomeId: string;
  option: OptionKind;
  /** The arm's published rate, unrounded. */
  percent: number;
  sourceId: string;
}

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
    en: 'Milder anxiety sometimes gets better on its own, or with advice and self-help. Without treatment, anxiety disorders often last a long time and can come and go for years. Avoiding what you fear brings relief in the moment, but over time it can keep the fear going.',
    es: 'La ansiedad más leve a veces mejora sola, o con consejos y autoayuda. Sin tratamiento, los trastornos de ansiedad suelen durar mucho tiempo y pueden ir y venir durante años. Evitar lo que le da miedo trae alivio en el momento, pero con el tiempo puede mantener el miedo.',
  },
  decision: {
    en: 'Which way to treat your anxiety fits you best now: talk therapy, medicine, or both together. If your anxiety is milder, you can also learn about it, try self-help, and check in again before you decide.',
    es: 'Qué forma de tratar su ansiedad le conviene más ahora: terapia de conversación, medicamento o ambos juntos. Si su ansiedad es más leve, otra opción es aprender sobre ella, probar la autoayuda y volver a revisarla antes de decidir.',
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
        en: 'Therapy works best when you can go regularly and practise between sessions. For social anxiety, a national guideline suggests CBT as the first choice.',
        es: 'La terapia funciona mejor cuando puede asistir con regularidad y practicar entre sesiones. Para la ansiedad social, una guía nacional sugiere la terapia cognitivo-conductual como primera opción.',
      },
    },
    {
      kind: 'medication',
      summary: {
        en: 'A daily medicine, most often an SSRI or SNRI, prescribed and checked by a doctor.',
        es: 'Un medicamento diario, casi siempre un ISRS o un IRSN, recetado y revisado por un médico.',
      },
      modalities: [ssri, snri, benzodiazepines],
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
          es: 'Dejarlo de golpe puede causar síntomas de retirada, por eso se baja poco a poco.',
        },
        {
          en: 'After stopping, it did less well than care that included therapy.',
          es: 'Al dejarlo, funcionó peor que la atención que incluía terapia.',
        },
      ],
      caveat: {
        en: 'Benzodiazepines work fast, but they are meant only for short periods, such as a crisis. Taken for longer, the body can come to depend on them, and stopping can be hard.',
        es: 'Las benzodiacepinas actúan rápido, pero son solo para periodos cortos, como una crisis. Si se toman por más tiempo, el cuerpo puede volverse dependiente de ellas y dejarlas puede ser difícil.',
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
        en: 'Most research on combining is about panic disorder. There is less research for generalised and social anxiety. So we do not know if both together adds much.',
        es: 'La mayoría de los estudios sobre combinarlos son del trastorno de pánico. Para la ansiedad generalizada y la social hay menos estudios. Así que no sabemos si usar ambos agrega mucho.',
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
          es: 'Usted sigue viviendo con la ansiedad mientras espera. Necesita estar atento a señales de que está empeorando.',
        },
        costs: {
          en: 'Usually the lowest cost: only follow-up visits and any self-help materials.',
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
          en: 'Milder anxiety sometimes eases with self-help.',
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
        en: 'Adults with panic disorder in treatment studies. These numbers are not about generalised or social anxiety.',
        es: 'Adultos con trastorno de pánico en estudios de tratamiento. Estos números no se refieren a la ansiedad generalizada ni a la social.',
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
  ],
  myths: [
    {
      id: 'medicine-means-weakness',
      myth: {
        en: 'Needing medicine for anxiety means I am weak, or that therapy has failed.',
        es: 'Necesitar medicamento para la ansiedad significa que soy débil, o que la terapia fracasó.',
      },
      fact: {
        en: 'An anxiety disorder is a health condition, not a weakness. Medicine and therapy are both standard treatments. In panic studies, a few more people did well with both together than with either one alone.',
        es: 'Un trastorno de ansiedad es una condición de salud, no una debilidad. El medicamento y la terapia son tratamientos comunes. En estudios de pánico, algunas personas más mejoraron con ambos juntos que con uno solo.',
      },
      sourceIds: ['furukawa-2006-panic'],
    },
    {
      id: 'adding-medicine-means-serious',
      myth: {
        en: 'If I am offered medicine on top of therapy, my anxiety must be very serious.',
        es: 'Si me ofrecen medicamento además de la terapia, mi ansiedad debe ser muy grave.',
      },
      fact: {
        en: 'Not at all. Adding or switching treatment is a normal step when one has not helped enough. Guidelines plan care in steps, and medicine is one of the usual choices.',
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
        en: 'Medicine can ease symptoms, but it does not teach you to face fears. In panic studies, people who also had therapy did better after treatment ended than people who had medicine alone.',
        es: 'El medicamento puede aliviar los síntomas, pero no le enseña a enfrentar los miedos. En estudios de pánico, al terminar el tratamiento, a quienes también tuvieron terapia les fue mejor que a quienes solo tomaron medicamento.',
      },
      sourceIds: ['furukawa-2006-panic'],
    },
    {
      id: 'therapy-always-enough',
      myth: {
        en: 'If I do not want medicine, therapy alone will always be enough.',
        es: 'Si no quiero medicamento, la terapia sola siempre será suficiente.',
      },
      fact: {
        en: 'Therapy alone is a strong choice. For social anxiety, a guideline says CBT usually helps more than medicine. For panic, therapy alone held up as well as both together after treatment ended. Still, it does not help everyone. If it is not helping enough, you can add medicine.',
        es: 'La terapia sola es una buena opción. Para la ansiedad social, una guía dice que la terapia cognitivo-conductual suele ayudar más que el medicamento. En el pánico, la terapia sola se mantuvo igual que ambos juntos al terminar el tratamiento. Aun así, no ayuda a todos. Si no le ayuda lo suficiente, puede agregar medicamento.',
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
        en: 'No. SSRIs are called antidepressants, but they also treat anxiety. Being offered one does not mean you have depression.',
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
        en: 'If your anxiety is milder, you may not need therapy and medicine together. A national guideline starts with learning about anxiety and self-help, then steps up only if needed.',
        es: 'Si su ansiedad es más leve, puede que no necesite terapia y medicamento juntos. Una guía nacional empieza con aprender sobre la ansiedad y la autoayuda, y solo sube de paso si hace falta.',
      },
      sourceIds: ['nice-cg113'],
    },
    {
      id: 'numbers-are-about-panic',
      kind: 'thin-evidence',
      text: {
        en: 'The numbers shown here come from studies of panic disorder. A large review found enough proof that adding therapy to medicine helps in panic disorder, but not yet for other anxiety disorders. That does not mean it does not help; it has been studied less.',
        es: 'Los números que se muestran aquí vienen de estudios del trastorno de pánico. Una revisión grande encontró pruebas suficientes de que agregar terapia al medicamento ayuda en el trastorno de pánico, pero todavía no para otros trastornos de ansiedad. Eso no quiere decir que no ayude; se ha estudiado menos.',
      },
      sourceIds: ['cuijpers-2014-adding-psychotherapy', 'furukawa-2006-panic'],
    },
    {
      id: 'medicine-early-when-severe',
      kind: 'medication-first',
      text: {
        en: 'If anxiety comes with severe depression or thoughts of suicide, or it is so strong that you cannot leave home or take part in therapy, medicine (and sometimes more care) may need to come first. Therapy can start as soon as you are able.',
        es: 'Si la ansiedad viene con depresión grave o pensamientos de suicidio, o es tan fuerte que no puede salir de casa ni participar en la terapia, puede que el medicamento (y a veces más atención) tenga que ir primero. La terapia puede empezar en cuanto usted pueda.',
      },
      sourceIds: [],
    },
    {
      id: 'get-help-today',
      kind: 'red-flag',
      text: {
        en: 'Talk to your clinician today, or call or text 988, if you have thoughts of ending your life or harming yourself, or you use alcohol or pills to cope and feel unsafe. Chest pain or trouble breathing that is new or different needs medical care right away. Call 911 if you are in danger now.',
        es: 'Hable hoy con su profesional de salud, o llame o envíe un mensaje de texto al 988, si tiene pensamientos de quitarse la vida o de hacerse daño, o si usa alcohol o pastillas para sobrellevarlo y no se siente a salvo. El dolor de pecho o la falta de aire nuevos o distintos necesitan atención médica de inmediato. Llame al 911 si está en peligro ahora.',
      },
      sourceIds: [],
    },
  ],
};
