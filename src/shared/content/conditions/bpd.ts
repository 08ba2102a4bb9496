import type { Condition, Modality } from '../schema';

// Outline content. Psychotherapy is the backbone for BPD; the medication option is kept so the honest
// caveat (no medicine is approved for BPD itself) is shown where people look for it. No figures yet.

const dbt: Modality = {
  id: 'dbt',
  name: { en: 'Dialectical behaviour therapy', es: 'Terapia dialéctica conductual' },
  abbreviation: { en: 'DBT', es: 'TDC' },
  description: {
    en: 'Learning skills to manage strong emotions, get through crises without self-harm, and get along with others, in individual and group sessions.',
    es: 'Aprender habilidades para manejar emociones intensas, pasar las crisis sin hacerse daño y llevarse mejor con los demás, en sesiones individuales y de grupo.',
  },
};

const mbt: Modality = {
  id: 'mbt',
  name: { en: 'Mentalization-based therapy', es: 'Terapia basada en la mentalización' },
  abbreviation: { en: 'MBT', es: 'TBM' },
  description: {
    en: 'Learning to understand your own and other people’s thoughts and feelings, especially when emotions run high.',
    es: 'Aprender a entender sus propios pensamientos y sentimientos y los de otras personas, sobre todo cuando las emociones son muy fuertes.',
  },
};

const schemaTherapy: Modality = {
  id: 'schema-therapy',
  name: { en: 'Schema therapy', es: 'Terapia de esquemas' },
  description: {
    en: 'Finding and changing deep patterns, often from early life, that shape how you feel and react.',
    es: 'Encontrar y cambiar patrones profundos, muchas veces de la infancia, que influyen en cómo usted siente y reacciona.',
  },
};

const medicineForOtherConditions: Modality = {
  id: 'medicine-for-other-conditions',
  name: { en: 'Medicine for other conditions', es: 'Medicamento para otras condiciones' },
  description: {
    en: 'For example, an antidepressant for depression. It is chosen for that condition, not for BPD itself.',
    es: 'Por ejemplo, un antidepresivo para la depresión. Se elige para esa condición, no para el trastorno límite en sí.',
  },
};

export const condition: Condition = {
  id: 'bpd',
  name: { en: 'Borderline personality disorder (BPD)', es: 'Trastorno límite de la personalidad (TLP)' },
  tagline: {
    en: 'Very strong emotions that change fast, intense relationships, and acting on impulse.',
    es: 'Emociones muy intensas que cambian rápido, relaciones intensas y actuar por impulso.',
  },
  whatItIs: {
    en: 'People with borderline personality disorder feel emotions very strongly, and their mood can change fast. Relationships can feel intense and unstable, with a strong fear of being rejected or left alone. A person may act on impulse, feel empty inside, or feel unsure of who they are. Self-harm and thoughts of suicide are common and are always taken seriously. BPD is a real condition, and it can be treated.',
    es: 'Las personas con trastorno límite de la personalidad sienten las emociones con mucha fuerza, y su estado de ánimo puede cambiar rápido. Las relaciones pueden sentirse intensas e inestables, con mucho miedo al rechazo o a quedarse solas. La persona puede actuar por impulso, sentirse vacía por dentro o no estar segura de quién es. Hacerse daño y pensar en el suicidio son comunes y siempre se toman en serio. El trastorno límite es una condición real, y se puede tratar.',
  },
  naturalCourse: {
    en: 'Over the years, many people with BPD find that their symptoms ease a lot, including self-harm. Some problems, such as anger or feeling alone, tend to ease more slowly, and work and social life can take longer to improve.',
    es: 'Con los años, muchas personas con trastorno límite notan que sus síntomas disminuyen mucho, incluido hacerse daño. Algunos problemas, como el enojo o la sensación de soledad, tienden a mejorar más despacio, y el trabajo y la vida social pueden tardar más en mejorar.',
  },
  decision: {
    en: 'Which kind of help to start now: a structured talking therapy made for BPD, medicine for other conditions that often come with it, or both.',
    es: 'Qué tipo de ayuda empezar ahora: una terapia de conversación estructurada, hecha para el trastorno límite, un medicamento para otras condiciones que a menudo lo acompañan, o ambos.',
  },
  completeness: 'outline',
  options: [
    {
      kind: 'therapy',
      summary: {
        en: 'A structured therapy made for BPD, usually over many months, often with both individual and group sessions.',
        es: 'Una terapia estructurada hecha para el trastorno límite, por lo general durante muchos meses, con frecuencia con sesiones individuales y de grupo.',
      },
      modalities: [dbt, mbt, schemaTherapy],
      benefits: [
        {
          en: 'Therapy is the main treatment that guidelines recommend for BPD.',
          es: 'La terapia es el tratamiento principal que recomiendan las guías para el trastorno límite.',
        },
        {
          en: 'It can reduce self-harm and help with emotions and relationships.',
          es: 'Puede reducir el daño a uno mismo y ayudar con las emociones y las relaciones.',
        },
      ],
      harms: [
        {
          en: 'It takes a lot of time and commitment.',
          es: 'Requiere mucho tiempo y compromiso.',
        },
        {
          en: 'Talking about painful things can feel hard at times.',
          es: 'Hablar de cosas dolorosas puede sentirse difícil a veces.',
        },
        {
          en: 'Specialist programmes can have waiting lists.',
          es: 'Los programas especializados pueden tener listas de espera.',
        },
      ],
    },
    {
      kind: 'medication',
      summary: {
        en: 'Medicine for other conditions that often come with BPD, such as depression or anxiety.',
        es: 'Medicamento para otras condiciones que a menudo acompañan al trastorno límite, como la depresión o la ansiedad.',
      },
      modalities: [medicineForOtherConditions],
      benefits: [
        {
          en: 'It may help with other conditions that come with BPD, such as depression.',
          es: 'Puede ayudar con otras condiciones que acompañan al trastorno límite, como la depresión.',
        },
      ],
      harms: [
        {
          en: 'Side effects, which depend on the medicine.',
          es: 'Efectos secundarios, que dependen del medicamento.',
        },
        {
          en: 'Taking several medicines at once is common with BPD, and side effects can add up.',
          es: 'Es común tomar varios medicamentos a la vez con el trastorno límite, y los efectos secundarios pueden sumarse.',
        },
      ],
      caveat: {
        en: 'No medicine is approved for BPD itself, and research has not shown that any medicine works on its own for BPD. Medicine may help other conditions, such as depression.',
        es: 'Ningún medicamento está aprobado para el trastorno límite en sí, y los estudios no han mostrado que algún medicamento funcione por sí solo para este trastorno. El medicamento puede ayudar con otras condiciones, como la depresión.',
      },
    },
    {
      kind: 'combined',
      summary: {
        en: 'A structured therapy for BPD, plus medicine for another condition, such as depression, when needed.',
        es: 'Una terapia estructurada para el trastorno límite, más un medicamento para otra condición, como la depresión, cuando se necesite.',
      },
      modalities: [dbt, mbt, schemaTherapy, medicineForOtherConditions],
      caveat: {
        en: 'Therapy remains the main treatment. Medicine is added for other conditions, not for BPD itself.',
        es: 'La terapia sigue siendo el tratamiento principal. El medicamento se agrega para otras condiciones, no para el trastorno límite en sí.',
      },
    },
  ],
  outcomes: [],
  myths: [],
  cautions: [],
};
