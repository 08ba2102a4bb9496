import type { Condition, Modality } from '../schema';

// Outline content. "Waiting" is left out on purpose: OCD tends to persist without treatment,
// so not treating is not presented as a fair choice here. No figures until the full version.

const erp: Modality = {
  id: 'erp',
  name: { en: 'Exposure and response prevention', es: 'Exposición con prevención de respuesta' },
  abbreviation: { en: 'ERP', es: 'EPR' },
  description: {
    en: 'Facing the thoughts and situations that trigger anxiety, step by step, while holding back from the compulsion. Over time, the anxiety fades on its own.',
    es: 'Enfrentar paso a paso los pensamientos y situaciones que provocan ansiedad, sin hacer la compulsión. Con el tiempo, la ansiedad baja por sí sola.',
  },
};

const cbt: Modality = {
  id: 'cbt',
  name: { en: 'Cognitive behavioural therapy', es: 'Terapia cognitivo-conductual' },
  abbreviation: { en: 'CBT', es: 'TCC' },
  description: {
    en: 'Therapy that includes exposure and response prevention, and also works on the meaning you give to unwanted thoughts.',
    es: 'Terapia que incluye la exposición con prevención de respuesta y que también trabaja el significado que usted da a los pensamientos no deseados.',
  },
};

const ssri: Modality = {
  id: 'ssri',
  name: { en: 'SSRI medicines', es: 'Medicamentos ISRS' },
  abbreviation: { en: 'SSRI', es: 'ISRS' },
  description: {
    en: 'A common type of antidepressant that also treats OCD, such as fluoxetine, fluvoxamine or sertraline. It can take several weeks to a few months to help fully.',
    es: 'Un tipo común de antidepresivo que también trata el TOC, como la fluoxetina, la fluvoxamina o la sertralina. Puede tardar de varias semanas a unos meses en hacer todo su efecto.',
  },
};

const clomipramine: Modality = {
  id: 'clomipramine',
  name: { en: 'Clomipramine', es: 'Clomipramina' },
  description: {
    en: 'An older antidepressant that also treats OCD. It is usually tried if SSRIs have not helped, because it tends to have more side effects.',
    es: 'Un antidepresivo más antiguo que también trata el TOC. Por lo general se prueba si los ISRS no han ayudado, porque suele tener más efectos secundarios.',
  },
};

export const condition: Condition = {
  id: 'ocd',
  name: { en: 'Obsessive-compulsive disorder (OCD)', es: 'Trastorno obsesivo-compulsivo (TOC)' },
  tagline: {
    en: 'Unwanted thoughts that keep coming back, and urges to repeat actions to ease the worry.',
    es: 'Pensamientos no deseados que vuelven una y otra vez, y la necesidad de repetir acciones para calmar la angustia.',
  },
  whatItIs: {
    en: 'OCD has two parts. Obsessions are unwanted thoughts, images or urges that keep coming back and cause strong anxiety. Compulsions are things a person feels driven to do to ease that anxiety, such as washing, checking or counting. The relief does not last, so the cycle repeats and can take up a lot of time each day. Almost everyone has strange or upsetting thoughts now and then; in OCD they come often and cause great distress.',
    es: 'El TOC tiene dos partes. Las obsesiones son pensamientos, imágenes o impulsos no deseados que vuelven una y otra vez y causan mucha ansiedad. Las compulsiones son cosas que la persona siente que debe hacer para calmar esa ansiedad, como lavarse, revisar o contar. El alivio no dura, así que el ciclo se repite y puede ocupar mucho tiempo cada día. Casi todas las personas tienen a veces pensamientos extraños o molestos; en el TOC llegan con frecuencia y causan mucho malestar.',
  },
  naturalCourse: {
    en: 'Without treatment, OCD often lasts a long time, and symptoms can get better and worse over the years. Many people feel ashamed and keep it hidden, so it can go a long time without help.',
    es: 'Sin tratamiento, el TOC suele durar mucho tiempo, y los síntomas pueden mejorar y empeorar con los años. Muchas personas sienten vergüenza y lo ocultan, por eso puede pasar mucho tiempo sin que reciban ayuda.',
  },
  decision: {
    en: 'Which treatment for OCD fits you best now: therapy with exposure and response prevention, medicine, or both together.',
    es: 'Qué tratamiento para el TOC le conviene más ahora: terapia con exposición y prevención de respuesta, medicamento o ambos juntos.',
  },
  completeness: 'outline',
  options: [
    {
      kind: 'therapy',
      summary: {
        en: 'CBT that includes exposure and response prevention (ERP), with a trained therapist. For milder OCD, it can be shorter, use self-help materials, or take place in a group.',
        es: 'Terapia cognitivo-conductual que incluye exposición con prevención de respuesta, con un terapeuta capacitado. Para el TOC más leve, puede ser más corta, usar materiales de autoayuda o hacerse en grupo.',
      },
      modalities: [erp, cbt],
      benefits: [
        {
          en: 'In studies, ERP often worked as well as or better than medicine alone.',
          es: 'En los estudios, la exposición con prevención de respuesta muchas veces funcionó igual o mejor que el medicamento solo.',
        },
        { en: 'No medicine side effects.', es: 'No hay efectos secundarios de medicamentos.' },
      ],
      harms: [
        {
          en: 'Exposure raises anxiety for a while, which can feel hard.',
          es: 'La exposición aumenta la ansiedad por un tiempo, y eso puede sentirse difícil.',
        },
        {
          en: 'It takes regular practice between sessions.',
          es: 'Requiere práctica regular entre sesiones.',
        },
        {
          en: 'Therapists trained in ERP can be hard to find.',
          es: 'Puede ser difícil encontrar terapeutas capacitados en esta terapia.',
        },
      ],
    },
    {
      kind: 'medication',
      summary: {
        en: 'A daily SSRI medicine. Clomipramine is another choice if SSRIs do not help.',
        es: 'Un medicamento ISRS diario. La clomipramina es otra opción si los ISRS no ayudan.',
      },
      modalities: [ssri, clomipramine],
      benefits: [
        {
          en: 'It eases obsessions and compulsions for many people.',
          es: 'Alivia las obsesiones y compulsiones en muchas personas.',
        },
        {
          en: 'It does not require facing fears in sessions.',
          es: 'No requiere enfrentar los miedos en sesiones.',
        },
      ],
      harms: [
        {
          en: 'Side effects such as nausea, sleep changes or sexual problems.',
          es: 'Efectos secundarios como náuseas, cambios en el sueño o problemas sexuales.',
        },
        {
          en: 'Clomipramine can also cause dry mouth, constipation and drowsiness.',
          es: 'La clomipramina también puede causar boca seca, estreñimiento y somnolencia.',
        },
        {
          en: 'Symptoms may come back if the medicine is stopped.',
          es: 'Los síntomas pueden volver si se deja el medicamento.',
        },
      ],
      caveat: {
        en: 'It can take a few months to see the full effect. People who do well usually keep taking it for at least a year.',
        es: 'Puede tardar unos meses en verse todo el efecto. Las personas a quienes les funciona suelen seguir tomándolo al menos un año.',
      },
    },
    {
      kind: 'combined',
      summary: {
        en: 'ERP therapy and an SSRI at the same time. Guidelines suggest this for more severe OCD.',
        es: 'Terapia de exposición con prevención de respuesta y un ISRS al mismo tiempo. Las guías lo sugieren para el TOC más grave.',
      },
      modalities: [erp, ssri],
      caveat: {
        en: 'In one large study, ERP alone and ERP with medicine worked about equally well, and both did better than medicine alone. Adding ERP can help people whose OCD has not improved enough on medicine.',
        es: 'En un estudio grande, la exposición con prevención de respuesta sola y junto con medicamento funcionaron más o menos igual, y las dos funcionaron mejor que el medicamento solo. Agregar esta terapia puede ayudar a las personas cuyo TOC no ha mejorado lo suficiente con medicamento.',
      },
    },
  ],
  outcomes: [],
  myths: [],
  cautions: [],
};
