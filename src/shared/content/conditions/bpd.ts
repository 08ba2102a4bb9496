import type { Caution, Condition, Modality } from '../schema';
import { antidepressantCautions } from './antidepressant-safety';

// Full content. Psychotherapy is the backbone for BPD. The medication option is kept so the honest caveat
// (no medicine is approved for BPD itself) and the prescribing-safety advice are shown where people look for them.
// The therapy trials report only score differences against usual care, so the evidence is given in words with its
// effect sizes, not as "out of 100" (clinical review M2). Sources: ../sources/bpd.ts; where each fact sits in its
// source: docs/evidence-trace-bpd.md.

// ---- Modalities ---------------------------------------------------------------------------------------------

const dbt: Modality = {
  id: 'dbt',
  name: { en: 'Dialectical behaviour therapy', es: 'Terapia dialéctica conductual' },
  abbreviation: { en: 'DBT', es: 'TDC' },
  description: {
    en: 'You learn skills to manage strong feelings, get through a crisis without self-harm, and get along with others. It uses both one-to-one and group sessions.',
    es: 'Usted aprende habilidades para manejar emociones fuertes, pasar una crisis sin hacerse daño y llevarse mejor con los demás. Usa sesiones individuales y de grupo.',
  },
};

const mbt: Modality = {
  id: 'mbt',
  name: { en: 'Mentalization-based therapy', es: 'Terapia basada en la mentalización' },
  abbreviation: { en: 'MBT', es: 'TBM' },
  description: {
    en: 'You learn to make sense of your own thoughts and feelings, and those of others, even when emotions run high.',
    es: 'Usted aprende a entender sus propios pensamientos y sentimientos, y los de otras personas, aun cuando las emociones son muy fuertes.',
  },
};

const schemaTherapy: Modality = {
  id: 'schema-therapy',
  name: { en: 'Schema therapy', es: 'Terapia de esquemas' },
  description: {
    en: 'You find and change deep patterns, often from early life, that shape how you feel and react.',
    es: 'Usted encuentra y cambia patrones profundos, muchas veces de la infancia, que influyen en cómo siente y reacciona.',
  },
};

const gpm: Modality = {
  id: 'good-psychiatric-management',
  name: { en: 'Good psychiatric management', es: 'Buen manejo psiquiátrico' },
  abbreviation: { en: 'GPM', es: 'GPM' },
  description: {
    en: 'Regular sessions with a clinician trained in a practical way of caring for BPD. It is less intense than DBT, so it can be easier to find.',
    es: 'Sesiones regulares con un profesional formado en una forma práctica de atender el trastorno límite. Es menos intensa que la TDC, así que puede ser más fácil de encontrar.',
  },
};

const stepps: Modality = {
  id: 'stepps',
  name: { en: 'STEPPS skills group', es: 'Grupo de habilidades STEPPS' },
  abbreviation: { en: 'STEPPS', es: 'STEPPS' },
  description: {
    en: 'A weekly group for about 20 weeks. You learn skills to handle strong feelings. Family or friends can learn them too.',
    es: 'Un grupo semanal durante unas 20 semanas. Usted aprende habilidades para manejar emociones fuertes. La familia o las amistades también pueden aprenderlas.',
  },
};

const medicineForOtherConditions: Modality = {
  id: 'medicine-for-other-conditions',
  name: { en: 'Medicine for other conditions', es: 'Medicamento para otras condiciones' },
  description: {
    en: 'For example, an antidepressant for depression. It is for that other problem, not for BPD. Ask what each medicine is for, and stop the ones that do not help.',
    es: 'Por ejemplo, un antidepresivo para la depresión. Es para ese otro problema, no para el trastorno límite. Pregunte para qué es cada medicamento, y deje los que no ayudan.',
  },
};

const usualCare: Modality = {
  id: 'usual-care',
  name: { en: 'Usual care and a safety plan', es: 'Atención habitual y un plan de seguridad' },
  description: {
    en: 'You keep seeing your own clinician, and you make a safety plan together. You may also wait for a spot in a therapy for BPD.',
    es: 'Usted sigue viendo a su propio profesional de salud, y hacen juntos un plan de seguridad. También puede esperar un lugar en una terapia para el trastorno límite.',
  },
};

// ---- Medicine safety for BPD ---------------------------------------------------------------------------------

/** The UK's NICE CG78 prescribing advice for BPD (clinical review M7). */
const bpdPrescribingSafety: Caution = {
  id: 'bpd-prescribing-safety',
  kind: 'medicine-safety',
  text: {
    en: "Calming pills that can be addictive, such as benzodiazepines, are best avoided. So is taking several calming medicines at once. The UK's NICE guideline says a calming medicine in a crisis should be used only for a short time. It advises medicines that are safer if too many are taken, given in small amounts at a time. Check each medicine at each review, and stop the ones that do not help.",
    es: 'Es mejor evitar las pastillas calmantes que pueden crear dependencia, como las benzodiacepinas. También es mejor no tomar varios calmantes a la vez. La guía NICE del Reino Unido dice que, en una crisis, un calmante se use solo por poco tiempo. Aconseja medicamentos menos peligrosos si se toman de más, dados en cantidades pequeñas cada vez. Revise cada medicamento en cada cita, y deje los que no ayudan.',
  },
  sourceIds: ['nice-cg78'],
  appliesTo: ['substance-use', 'suicidal-thoughts', 'older-adult', 'other-medicines'],
};

/** Valproate, a mood stabiliser often given off-label in BPD (clinical review M6, m10). */
const valproateCaution: Caution = {
  id: 'valproate-pregnancy',
  kind: 'medicine-safety',
  text: {
    en: 'Some people with BPD are offered a mood stabiliser. One of them, valproate, can badly harm an unborn baby. It can cause birth defects and problems with learning and development. So it should not be used by anyone who could become pregnant, unless other medicines have not worked and a plan to prevent pregnancy is in place. Ask about this before you start.',
    es: 'A algunas personas con trastorno límite se les ofrece un estabilizador del ánimo. Uno de ellos, el valproato, puede dañar gravemente a un bebé antes de nacer. Puede causar defectos de nacimiento y problemas de aprendizaje y de desarrollo. Por eso no debe usarlo nadie que pueda quedar embarazada, a menos que otros medicamentos no hayan servido y tenga un plan para evitar el embarazo. Pregunte por esto antes de empezar.',
  },
  sourceIds: ['mhra-2018-valproate', 'fda-valproate-label'],
  appliesTo: ['pregnancy'],
};

// ---- The condition ------------------------------------------------------------------------------------------

export const condition: Condition = {
  id: 'bpd',
  name: { en: 'Borderline personality disorder (BPD)', es: 'Trastorno límite de la personalidad (TLP)' },
  tagline: {
    en: 'Very strong feelings that change fast, intense relationships, and acting on impulse.',
    es: 'Emociones muy intensas que cambian rápido, relaciones intensas y actuar por impulso.',
  },
  whatItIs: {
    en: 'People with borderline personality disorder (BPD) feel things very strongly. Their mood can change fast. Relationships can feel intense and shaky. Many fear being left alone. A person may act on impulse, feel empty inside, or not be sure who they are. Self-harm and thoughts of suicide are common. They are always taken seriously. BPD is a real health problem, and it can be treated.',
    es: 'Las personas con trastorno límite de la personalidad (TLP) sienten las emociones con mucha fuerza. Su ánimo puede cambiar rápido. Las relaciones pueden sentirse intensas e inestables. Muchas personas temen quedarse solas. La persona puede actuar por impulso, sentirse vacía por dentro o no estar segura de quién es. Hacerse daño y pensar en el suicidio son comunes. Siempre se toman en serio. El trastorno límite es una condición de salud real, y se puede tratar.',
  },
  naturalCourse: {
    en: 'BPD often eases with time. Over the years, many people find their symptoms get much better. Self-harm often eases too. Other problems, like anger or feeling alone, ease more slowly. Work and social life can take longer. Until then, crises and self-harm can be dangerous. So help matters now.',
    es: 'El trastorno límite suele mejorar con el tiempo. Con los años, muchas personas notan que sus síntomas mejoran mucho. Hacerse daño también suele ser menos frecuente. Otros problemas, como el enojo o la soledad, mejoran más despacio. El trabajo y la vida social pueden tardar más. Mientras tanto, las crisis y el daño a uno mismo pueden ser peligrosos. Por eso la ayuda importa ahora.',
  },
  decision: {
    en: 'What help to start now. You can choose a therapy made for BPD, medicine for other problems, both, or usual care while you wait. No medicine treats BPD itself.',
    es: 'Qué ayuda empezar ahora. Puede elegir una terapia hecha para el trastorno límite, medicamento para otros problemas, ambos, o la atención habitual mientras espera. Ningún medicamento trata el trastorno límite en sí.',
  },
  completeness: 'full',
  options: [
    {
      kind: 'therapy',
      summary: {
        en: 'A structured therapy made for BPD. It often lasts a year, with one-to-one and group sessions.',
        es: 'Una terapia estructurada hecha para el trastorno límite. Suele durar un año, con sesiones individuales y de grupo.',
      },
      modalities: [dbt, mbt, schemaTherapy, gpm, stepps],
      involves: {
        timeEachWeek: {
          en: 'Often about 3 to 4 hours a week. In DBT, that is a one-hour session plus a skills group. It usually lasts about a year.',
          es: 'A menudo unas 3 a 4 horas por semana. En la TDC, es una sesión de una hora y un grupo de habilidades. Suele durar cerca de un año.',
        },
        howSoonItHelps: {
          en: 'Some skills help within weeks. Bigger changes usually take months.',
          es: 'Algunas habilidades ayudan en pocas semanas. Los cambios más grandes suelen tardar meses.',
        },
        commonBurdens: {
          en: 'It takes time and effort each week, and homework. Talking about painful things can feel hard. Groups can feel scary at first.',
          es: 'Requiere tiempo y esfuerzo cada semana, y tareas. Hablar de cosas dolorosas puede costar. Los grupos pueden dar miedo al principio.',
        },
        costs: {
          en: 'Depends on your insurance or clinic. A year of weekly sessions adds up. Programs may have waiting lists.',
          es: 'Depende de su seguro o clínica. Un año de sesiones semanales suma. Los programas pueden tener listas de espera.',
        },
      },
      benefits: [
        {
          en: 'It is the main treatment for BPD, and it is backed by many studies.',
          es: 'Es el tratamiento principal para el trastorno límite, y lo respaldan muchos estudios.',
        },
        {
          en: 'In studies, it eased BPD symptoms and self-harm more than usual care did. We are not very sure how much more.',
          es: 'En los estudios, alivió los síntomas y el daño a uno mismo más que la atención habitual. No estamos muy seguros de cuánto más.',
        },
        {
          en: 'The skills stay with you, and there are no medicine side effects.',
          es: 'Las habilidades se quedan con usted, y no hay efectos secundarios de medicamentos.',
        },
      ],
      harms: [
        {
          en: 'It takes several hours a week, often for a whole year.',
          es: 'Requiere varias horas por semana, a menudo durante todo un año.',
        },
        {
          en: 'You may feel worse for a while when facing hard feelings.',
          es: 'Puede sentirse peor por un tiempo al enfrentar emociones difíciles.',
        },
        {
          en: 'Programs can be hard to find, with waiting lists and costs.',
          es: 'Los programas pueden ser difíciles de encontrar, con listas de espera y costos.',
        },
      ],
      caveat: {
        en: 'Many kinds of BPD therapy help. No one kind is clearly the best. So pick one that fits you and that you can get to. If DBT is hard to find, GPM or STEPPS can be closer to home.',
        es: 'Muchos tipos de terapia para el trastorno límite ayudan. Ninguno es claramente el mejor. Así que elija uno que le quede bien y al que pueda llegar. Si es difícil encontrar la TDC, el GPM o STEPPS pueden estar más cerca.',
      },
    },
    {
      kind: 'medication',
      summary: {
        en: 'Medicine for other conditions that often come with BPD, such as depression. It is not a treatment for BPD itself.',
        es: 'Medicamento para otras condiciones que a menudo acompañan al trastorno límite, como la depresión. No es un tratamiento para el trastorno límite en sí.',
      },
      modalities: [medicineForOtherConditions],
      involves: {
        timeEachWeek: {
          en: 'A pill most days, and check-ins with a prescriber every few weeks at first.',
          es: 'Una pastilla casi todos los días, y citas con quien receta cada pocas semanas al principio.',
        },
        howSoonItHelps: {
          en: 'For depression or anxiety, usually a few weeks. Studies have not shown that it eases BPD itself.',
          es: 'Para la depresión o la ansiedad, suele tardar unas semanas. Los estudios no han mostrado que alivie el trastorno límite en sí.',
        },
        commonBurdens: {
          en: 'Side effects depend on the medicine. People with BPD often get more than one medicine at a time. Then side effects add up.',
          es: 'Los efectos secundarios dependen del medicamento. Las personas con trastorno límite a menudo reciben más de un medicamento a la vez. Entonces los efectos se suman.',
        },
        costs: {
          en: 'Many of these medicines come as low-cost generics. Prescriber visits may have a copay.',
          es: 'Muchos de estos medicamentos existen como genéricos de bajo costo. Las citas con quien receta pueden tener un copago.',
        },
      },
      benefits: [
        {
          en: 'It can treat another condition you also have, such as depression.',
          es: 'Puede tratar otra condición que usted también tenga, como la depresión.',
        },
        {
          en: 'It takes little time each day once the dose is right.',
          es: 'Toma poco tiempo cada día una vez que la dosis es la correcta.',
        },
      ],
      harms: [
        {
          en: 'No medicine has been shown to treat BPD itself.',
          es: 'No se ha mostrado que algún medicamento trate el trastorno límite en sí.',
        },
        {
          en: 'Side effects add up with several medicines. Some are risky if too many are taken.',
          es: 'Los efectos secundarios se suman con varios medicamentos. Algunos son peligrosos si se toman de más.',
        },
      ],
      caveat: {
        en: 'No medicine is approved for BPD itself. No study has shown that a medicine works well on its own for BPD. Medicine may help other problems, such as depression.',
        es: 'Ningún medicamento está aprobado para el trastorno límite en sí. Ningún estudio ha mostrado que un medicamento funcione bien por sí solo para este trastorno. El medicamento puede ayudar con otros problemas, como la depresión.',
      },
    },
    {
      kind: 'combined',
      summary: {
        en: 'Therapy for BPD, plus medicine for another condition, such as depression.',
        es: 'Terapia para el trastorno límite, más medicamento para otra condición, como la depresión.',
      },
      modalities: [dbt, mbt, schemaTherapy, medicineForOtherConditions],
      involves: {
        timeEachWeek: {
          en: 'The therapy hours each week, plus a daily pill and prescriber check-ins.',
          es: 'Las horas de terapia cada semana, más una pastilla diaria y citas con quien receta.',
        },
        howSoonItHelps: {
          en: 'Medicine for depression may help in weeks. The therapy helps BPD over months.',
          es: 'El medicamento para la depresión puede ayudar en semanas. La terapia ayuda al trastorno límite en meses.',
        },
        commonBurdens: {
          en: 'The time and effort of therapy, plus medicine side effects.',
          es: 'El tiempo y el esfuerzo de la terapia, más los efectos secundarios del medicamento.',
        },
        costs: {
          en: 'The costs of both: therapy sessions, medicine and prescriber visits.',
          es: 'Los costos de ambos: sesiones de terapia, medicamento y citas con quien receta.',
        },
      },
      benefits: [
        {
          en: 'The therapy treats BPD. The medicine treats the other problem.',
          es: 'La terapia trata el trastorno límite. El medicamento trata el otro problema.',
        },
        {
          en: 'Easing depression may make it easier to take part in therapy.',
          es: 'Aliviar la depresión puede hacer más fácil participar en la terapia.',
        },
      ],
      harms: [
        {
          en: 'Few studies tested both together, so the added benefit is unclear.',
          es: 'Pocos estudios probaron ambos juntos, así que el beneficio adicional no está claro.',
        },
        {
          en: 'More time, more visits and more side effects than therapy alone.',
          es: 'Más tiempo, más citas y más efectos secundarios que la terapia sola.',
        },
      ],
      caveat: {
        en: 'Therapy stays the main treatment. Medicine is added for another condition, not for BPD itself.',
        es: 'La terapia sigue siendo el tratamiento principal. El medicamento se agrega para otra condición, no para el trastorno límite en sí.',
      },
    },
    {
      kind: 'waiting',
      summary: {
        en: 'Not starting a BPD therapy yet. You keep your usual care, with a safety plan, and check in again.',
        es: 'No empezar todavía una terapia para el trastorno límite. Usted sigue con su atención habitual, con un plan de seguridad, y vuelve a revisar.',
      },
      modalities: [usualCare],
      involves: {
        timeEachWeek: {
          en: 'Visits with your regular clinician, as often as you agree.',
          es: 'Citas con su profesional de salud habitual, tan seguido como acuerden.',
        },
        howSoonItHelps: {
          en: 'Usual care helps some people, but on average less than BPD therapy.',
          es: 'La atención habitual ayuda a algunas personas, pero en promedio menos que la terapia para el trastorno límite.',
        },
        commonBurdens: {
          en: 'Symptoms and crises may go on longer while you wait.',
          es: 'Los síntomas y las crisis pueden durar más mientras espera.',
        },
        costs: {
          en: 'Usually the lowest cost now: only your regular visits.',
          es: 'Por lo general el menor costo ahora: solo sus citas habituales.',
        },
      },
      benefits: [
        {
          en: 'It gives you time to find a program that fits you.',
          es: 'Le da tiempo para encontrar un programa que le quede bien.',
        },
        {
          en: 'It costs less time and money for now.',
          es: 'Cuesta menos tiempo y dinero por ahora.',
        },
      ],
      harms: [
        {
          en: 'In studies, people in usual care did less well than people in BPD therapy.',
          es: 'En los estudios, a las personas en atención habitual les fue peor que a las que tuvieron terapia para el trastorno límite.',
        },
        {
          en: 'Self-harm and crises may go on longer without skills to cope.',
          es: 'El daño a uno mismo y las crisis pueden durar más sin habilidades para afrontarlos.',
        },
      ],
      caveat: {
        en: 'Waiting is not safe if you have self-harm or thoughts of suicide without a safety plan. Agree on one with your clinician today.',
        es: 'Esperar no es seguro si se hace daño o piensa en el suicidio sin un plan de seguridad. Háganlo juntos hoy usted y su profesional de salud.',
      },
    },
  ],
  outcomes: [],
  evidenceInWords: {
    title: {
      en: 'What BPD therapy did in studies, compared with usual care',
      es: 'Lo que logró la terapia para el TLP en los estudios, frente a la atención habitual',
    },
    findings: [
      {
        en: 'BPD symptoms: people in a BPD therapy had milder symptoms at the end than people in usual care. The gap was moderate (score difference 0.52).',
        es: 'Síntomas del TLP: con una terapia para el TLP, las personas tenían síntomas más leves al final que con la atención habitual. La diferencia fue moderada (diferencia de puntaje 0.52).',
      },
      {
        en: 'Self-harm: people in a BPD therapy harmed themselves less. The gap was small (score difference 0.32).',
        es: 'Hacerse daño: con una terapia para el TLP, las personas se hicieron menos daño. La diferencia fue pequeña (diferencia de puntaje 0.32).',
      },
      {
        en: 'Usual care was not waiting. People kept seeing their own clinician, and some had other therapy. So BPD therapy was compared with real care.',
        es: 'La atención habitual no era esperar. Las personas siguieron con su propio profesional, y algunas tuvieron otra terapia. Así que la terapia para el TLP se comparó con una atención real.',
      },
      {
        en: 'No study compared medicine with usual care in the same way. Studies of medicine for BPD itself show no clear help.',
        es: 'Ningún estudio comparó así el medicamento con la atención habitual. Los estudios de medicamentos para el TLP en sí no muestran un beneficio claro.',
      },
    ],
    whyNoNumbers: {
      en: 'We do not show these results as "out of 100 people". The studies measured symptom scores, not how many people got better. We found no sure count for usual care to start from.',
      es: 'No damos estos resultados como "de cada 100 personas". Los estudios midieron puntajes, no cuántas personas mejoraron. No hallamos un conteo seguro de la atención habitual para partir de él.',
    },
    certainty: 'low',
    certaintyReason: {
      en: 'Many trials were small. People knew which treatment they got. Usual care was different in each study.',
      es: 'Muchos estudios fueron pequeños. Las personas sabían qué tratamiento tenían. La atención habitual no fue igual en cada estudio.',
    },
    sourceIds: ['storebo-2020-bpd-psychotherapy', 'stoffers-winterling-2022-bjp', 'stoffers-winterling-2022-bpd-medication'],
  },
  myths: [
    {
      id: 'medicine-means-weakness',
      myth: {
        en: 'Needing medicine means I am weak, or that therapy has failed.',
        es: 'Necesitar medicamento significa que soy débil, o que la terapia fracasó.',
      },
      fact: {
        en: 'Needing medicine is not a weakness. With BPD, medicine is used for other problems, such as depression. It does not mean therapy failed. Therapy is still the main treatment for BPD.',
        es: 'Necesitar medicamento no es una debilidad. Con el TLP, el medicamento se usa para otros problemas, como la depresión. No significa que la terapia fracasó. La terapia sigue siendo el tratamiento principal.',
      },
      sourceIds: ['stoffers-winterling-2022-bpd-medication'],
    },
    {
      id: 'both-means-hopeless',
      myth: {
        en: 'If I am offered medicine too, my BPD must be very bad.',
        es: 'Si también me ofrecen medicamento, mi TLP debe ser muy grave.',
      },
      fact: {
        en: 'Not at all. Medicine is offered when another problem, such as depression, needs its own care. It does not mean BPD is hopeless. BPD often gets better.',
        es: 'Para nada. El medicamento se da cuando otro problema, como la depresión, necesita su propia atención. No significa que el TLP no tenga remedio. El TLP a menudo mejora.',
      },
      sourceIds: ['gartlehner-2021-bpd-medication'],
    },
    {
      id: 'medicine-replaces-therapy',
      myth: {
        en: 'Once I start medicine, I will not need therapy.',
        es: 'Cuando empiece el medicamento, ya no voy a necesitar terapia.',
      },
      fact: {
        en: 'For BPD, it is the other way around. Studies have not shown that any medicine works well on its own for BPD. Therapy is where the evidence is.',
        es: 'Con el trastorno límite, es al revés. Los estudios no han mostrado que algún medicamento funcione bien por sí solo para este trastorno. La terapia es donde están las pruebas.',
      },
      sourceIds: ['stoffers-winterling-2022-bpd-medication', 'stoffers-winterling-2022-bjp'],
    },
    {
      id: 'therapy-always-enough',
      myth: {
        en: 'If I do not want medicine, therapy alone will always be enough.',
        es: 'Si no quiero medicamento, la terapia sola siempre será suficiente.',
      },
      fact: {
        en: 'For BPD itself, therapy is the main treatment. Medicine is not needed for it. But if you also have bad depression or another problem, medicine for that may help. Talk it over with your clinician.',
        es: 'Para el TLP en sí, la terapia es el tratamiento principal. No hace falta medicamento para él. Pero si también tiene depresión grave u otro problema, un medicamento para eso puede ayudar. Háblelo con su profesional de salud.',
      },
      sourceIds: ['storebo-2020-bpd-psychotherapy'],
    },
    {
      id: 'bpd-cannot-be-treated',
      myth: {
        en: 'BPD cannot be treated. People with BPD do not get better.',
        es: 'El trastorno límite no tiene tratamiento. Las personas con este trastorno no mejoran.',
      },
      fact: {
        en: 'This is not true. Many trials show that therapies made for BPD ease symptoms and self-harm. In one trial, people in DBT were half as likely to try to end their life as people who saw other expert therapists. Many people also get much better over the years.',
        es: 'Esto no es cierto. Muchos estudios muestran que las terapias hechas para el trastorno límite alivian los síntomas y el daño a uno mismo. En un estudio, las personas en TDC tuvieron la mitad de probabilidad de intentar quitarse la vida que las que vieron a otros terapeutas expertos. Muchas personas también mejoran mucho con los años.',
      },
      sourceIds: ['storebo-2020-bpd-psychotherapy', 'linehan-2006-dbt'],
    },
    {
      id: 'bpd-is-attention-seeking',
      myth: {
        en: 'People with BPD just want attention.',
        es: 'Las personas con TLP solo quieren atención.',
      },
      fact: {
        en: 'BPD is a real health condition with real pain behind it. Self-harm is often a way to cope with feelings that seem too strong to bear. It always deserves care, not blame.',
        es: 'El trastorno límite es una condición de salud real, con un dolor real detrás. Hacerse daño a menudo es una forma de sobrellevar emociones que parecen demasiado fuertes. Siempre merece atención, no culpa.',
      },
      sourceIds: [],
    },
    {
      id: 'many-pills-needed',
      myth: {
        en: 'The right mix of pills will fix BPD.',
        es: 'La combinación correcta de pastillas va a curar el trastorno límite.',
      },
      fact: {
        en: 'No medicine is approved for BPD. Still, many people with BPD take more than one medicine. Ask your clinician what each one is for, and if you still need it.',
        es: 'Ningún medicamento está aprobado para el TLP. Aun así, muchas personas con TLP toman más de un medicamento. Pregunte a su profesional de salud para qué es cada uno, y si todavía lo necesita.',
      },
      sourceIds: ['gartlehner-2021-bpd-medication', 'stoffers-winterling-2022-bpd-medication'],
    },
  ],
  cautions: [
    {
      id: 'no-medicine-for-bpd',
      kind: 'thin-evidence',
      text: {
        en: 'No medicine is approved for BPD itself. Studies of medicine for BPD are small and show no clear help. Studies of therapy are better, but we are still not very sure of the results.',
        es: 'Ningún medicamento está aprobado para el trastorno límite en sí. Los estudios de medicamentos para este trastorno son pequeños y no muestran un beneficio claro. Los estudios de terapia son mejores, pero todavía no estamos muy seguros de los resultados.',
      },
      sourceIds: ['gartlehner-2021-bpd-medication', 'stoffers-winterling-2022-bpd-medication', 'storebo-2020-bpd-psychotherapy'],
    },
    {
      id: 'treat-other-conditions-first',
      kind: 'medication-first',
      text: {
        en: 'You may also have bad depression, hear or see things others do not, or drink or use drugs a lot. If so, that may need care first or at the same time. Medicine may be part of that.',
        es: 'Puede que también tenga depresión grave, oiga o vea cosas que otros no perciben, o beba o use drogas en exceso. Si es así, eso puede necesitar atención primero o al mismo tiempo. El medicamento puede ser parte de eso.',
      },
      sourceIds: [],
      appliesTo: ['substance-use'],
    },
    bpdPrescribingSafety,
    valproateCaution,
    ...antidepressantCautions,
    {
      id: 'get-help-today',
      kind: 'red-flag',
      text: {
        en: 'Talk to your clinician today, or get help now from the crisis lines below, if you have thoughts of ending your life, have made a plan, or have hurt yourself badly.',
        es: 'Hable hoy con su profesional de salud, o pida ayuda ahora con las líneas de crisis que aparecen abajo, si piensa en quitarse la vida, si ya tiene un plan, o si se hizo daño de forma grave.',
      },
      sourceIds: [],
      appliesTo: ['suicidal-thoughts'],
    },
  ],
};
