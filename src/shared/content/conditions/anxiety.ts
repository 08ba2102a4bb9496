import type { Condition, Modality } from '../schema';

// Outline content: plain descriptions and options only. Figures, myths and cautions arrive with their
// sources in the full version, so nothing here may carry a number.

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

export const condition: Condition = {
  id: 'anxiety',
  name: { en: 'Anxiety disorders', es: 'Trastornos de ansiedad' },
  tagline: {
    en: 'Worry, panic or fear of social situations that gets in the way of daily life.',
    es: 'Preocupación, pánico o miedo a situaciones sociales que afectan la vida diaria.',
  },
  whatItIs: {
    en: 'Everyone feels anxious at times. In an anxiety disorder, the worry or fear is strong, lasts a long time, and gets in the way of work, school or time with others. Generalised anxiety means worrying about many everyday things and finding it hard to stop. Panic disorder means sudden waves of intense fear, with a racing heart or trouble breathing, and fear of the next attack. Social anxiety means a strong fear of being judged or embarrassed in front of other people.',
    es: 'Todas las personas sienten ansiedad a veces. En un trastorno de ansiedad, la preocupación o el miedo son fuertes, duran mucho tiempo y afectan el trabajo, la escuela o el tiempo con otras personas. La ansiedad generalizada es preocuparse por muchas cosas del día a día y que cueste mucho parar. El trastorno de pánico son olas repentinas de miedo intenso, con el corazón acelerado o falta de aire, y miedo a que vuelva a pasar. La ansiedad social es un miedo fuerte a que los demás le juzguen o a pasar vergüenza frente a otras personas.',
  },
  naturalCourse: {
    en: 'Milder anxiety sometimes gets better on its own, or with advice and self-help. Without treatment, anxiety disorders often last a long time and can come and go for years. Avoiding what you fear brings relief in the moment, but over time it can keep the fear going.',
    es: 'La ansiedad más leve a veces mejora sola, o con consejos y autoayuda. Sin tratamiento, los trastornos de ansiedad suelen durar mucho tiempo y pueden ir y venir durante años. Evitar lo que le da miedo trae alivio en el momento, pero con el tiempo puede mantener el miedo.',
  },
  decision: {
    en: 'Which way of treating your anxiety fits you best now: talking therapy, medicine, or both together. If your anxiety is milder, another choice is to learn about it, try self-help and check in again before deciding.',
    es: 'Qué forma de tratar su ansiedad le conviene más ahora: terapia de conversación, medicamento o ambos juntos. Si su ansiedad es más leve, otra opción es aprender sobre ella, probar la autoayuda y volver a revisarla antes de decidir.',
  },
  completeness: 'outline',
  options: [
    {
      kind: 'therapy',
      summary: {
        en: 'Meeting with a trained therapist, or using guided self-help. You learn skills to handle worry, panic or fear, and to face what you avoid.',
        es: 'Reunirse con un terapeuta capacitado, o usar autoayuda guiada. Usted aprende habilidades para manejar la preocupación, el pánico o el miedo, y para enfrentar lo que evita.',
      },
      modalities: [cbt, exposureTherapy, appliedRelaxation, guidedSelfHelp],
      benefits: [
        { en: 'The skills stay with you after therapy ends.', es: 'Las habilidades se quedan con usted cuando termina la terapia.' },
        { en: 'No medicine side effects.', es: 'No hay efectos secundarios de medicamentos.' },
      ],
      harms: [
        {
          en: 'It takes regular time, and practice between sessions.',
          es: 'Requiere tiempo regular y práctica entre sesiones.',
        },
        {
          en: 'Facing fears feels uncomfortable at first.',
          es: 'Enfrentar los miedos se siente incómodo al principio.',
        },
        { en: 'There may be a wait to start.', es: 'Puede haber una espera para empezar.' },
      ],
    },
    {
      kind: 'medication',
      summary: {
        en: 'A daily medicine, most often an SSRI or SNRI, prescribed and checked by a doctor.',
        es: 'Un medicamento diario, casi siempre un ISRS o un IRSN, recetado y revisado por un médico.',
      },
      modalities: [ssri, snri, benzodiazepines],
      benefits: [
        {
          en: 'It eases worry and panic for many people.',
          es: 'Alivia la preocupación y el pánico en muchas personas.',
        },
        {
          en: 'Fewer appointments than weekly therapy, once the dose is right.',
          es: 'Menos citas que la terapia semanal, una vez que la dosis es la correcta.',
        },
      ],
      harms: [
        {
          en: 'Side effects such as nausea, sleep changes or sexual problems, often early on.',
          es: 'Efectos secundarios como náuseas, cambios en el sueño o problemas sexuales, sobre todo al principio.',
        },
        {
          en: 'Stopping suddenly can cause withdrawal symptoms, so it is stopped slowly with a doctor.',
          es: 'Dejarlo de golpe puede causar síntomas de retirada, por eso se deja poco a poco con un médico.',
        },
        {
          en: 'Anxiety can come back after the medicine is stopped.',
          es: 'La ansiedad puede volver después de dejar el medicamento.',
        },
      ],
      caveat: {
        en: 'Benzodiazepines work fast, but they are only for short-term use, such as a few weeks in a crisis. Taken for longer, the body can come to depend on them, and stopping can be hard. Guidelines do not advise them for panic disorder.',
        es: 'Las benzodiacepinas actúan rápido, pero son solo para uso corto, por ejemplo unas pocas semanas en una crisis. Si se toman por más tiempo, el cuerpo puede volverse dependiente de ellas y dejarlas puede ser difícil. Las guías no las recomiendan para el trastorno de pánico.',
      },
    },
    {
      kind: 'combined',
      summary: {
        en: 'Therapy and medicine at the same time. Some people start both at once; others add one to the other later.',
        es: 'Terapia y medicamento al mismo tiempo. Algunas personas empiezan ambos a la vez; otras agregan uno al otro más adelante.',
      },
      modalities: [cbt, ssri, snri],
      caveat: {
        en: 'For panic disorder, studies found both together helped a little more than either alone during treatment. After treatment ended, both together did about as well as therapy alone. For generalised and social anxiety, there is less research on combining. Both together also brings the effort and side effects of both.',
        es: 'En el trastorno de pánico, los estudios encontraron que ambos juntos ayudaron un poco más que cada uno por separado durante el tratamiento. Al terminar el tratamiento, ambos juntos funcionaron más o menos igual que la terapia sola. Para la ansiedad generalizada y la ansiedad social hay menos estudios sobre combinarlos. Usar ambos también trae el esfuerzo y los efectos secundarios de los dos.',
      },
    },
    {
      kind: 'waiting',
      summary: {
        en: 'For milder anxiety: learn about anxiety, try self-help, and see your clinician again before deciding on more.',
        es: 'Para la ansiedad más leve: aprender sobre la ansiedad, probar la autoayuda y volver a ver a su profesional de salud antes de decidir algo más.',
      },
      modalities: [educationAndMonitoring],
      caveat: {
        en: 'This fits milder anxiety. If it gets worse, or you start to avoid more of your life, it is time to look at treatment again.',
        es: 'Esto es adecuado para la ansiedad más leve. Si empeora, o si usted empieza a evitar más cosas en su vida, es momento de volver a pensar en un tratamiento.',
      },
    },
  ],
  outcomes: [],
  myths: [],
  cautions: [],
};
