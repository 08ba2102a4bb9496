import type { Condition, Modality } from '../schema';
import {
  antidepressantCautions,
  discontinuationMeasuredRates,
  discontinuationSymptomsOutcome,
  suicidalThoughtsReviewFirstCaution,
  type MeasuredRate,
} from './antidepressant-safety';

// Full content. "Waiting" is left out on purpose: OCD tends to persist without treatment, so not treating is not
// presented as a fair choice here. Every figure traces to a source in ../sources/ocd.ts; docs/evidence-trace-ocd.md
// records where in each source it sits. Change a number only with both.

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
    en: 'Therapy that includes ERP. It also works on what you think unwanted thoughts mean about you.',
    es: 'Terapia que incluye la exposición con prevención de respuesta. También trabaja lo que usted cree que los pensamientos no deseados dicen de usted.',
  },
};

const ssri: Modality = {
  id: 'ssri',
  name: { en: 'SSRI medicines', es: 'Medicamentos ISRS' },
  abbreviation: { en: 'SSRI', es: 'ISRS' },
  description: {
    en: 'A common type of medicine for depression that also treats OCD. Examples are fluoxetine and sertraline. It can take weeks to a few months to help fully.',
    es: 'Un tipo común de medicamento para la depresión que también trata el TOC. Por ejemplo, la fluoxetina o la sertralina. Puede tardar de semanas a unos meses en hacer todo su efecto.',
  },
};

const clomipramine: Modality = {
  id: 'clomipramine',
  name: { en: 'Clomipramine', es: 'Clomipramina' },
  description: {
    en: 'An older antidepressant that also treats OCD. It is often tried when SSRIs have not helped, as it has more side effects.',
    es: 'Un antidepresivo más antiguo que también trata el TOC. Por lo general se prueba si los ISRS no han ayudado, porque suele tener más efectos secundarios.',
  },
};

// ---- Figures from published studies -------------------------------------------------------------------------

/**
 * Rates measured in a cited source, shown as "out of 100" after rounding to a whole person. No OCD figure is derived
 * from a ratio: every per-100 number is a trial arm's own result, or the shared pooled harm rate (Henssler 2024).
 * tests/unit/evidence-ocd.test.ts checks each against the outcome it belongs to.
 */
export type { MeasuredRate };

export const measuredRates: MeasuredRate[] = [
  // Foa 2005 abstract: week-12 response rates (Clinical Global Impression improvement scale), all who entered treatment.
  { outcomeId: 'ocd-much-better-12-weeks', option: 'therapy', percent: 62, sourceId: 'foa-2005-ocd' },
  { outcomeId: 'ocd-much-better-12-weeks', option: 'medication', percent: 42, sourceId: 'foa-2005-ocd' },
  { outcomeId: 'ocd-much-better-12-weeks', option: 'combined', percent: 70, sourceId: 'foa-2005-ocd' },
  ...discontinuationMeasuredRates,
];

// ---- The condition ------------------------------------------------------------------------------------------

export const condition: Condition = {
  id: 'ocd',
  name: { en: 'Obsessive-compulsive disorder (OCD)', es: 'Trastorno obsesivo-compulsivo (TOC)' },
  tagline: {
    en: 'Unwanted thoughts that keep coming back, and urges to repeat actions to ease the worry.',
    es: 'Pensamientos no deseados que vuelven una y otra vez, y la necesidad de repetir acciones para calmar la angustia.',
  },
  whatItIs: {
    en: 'OCD has two parts. Obsessions are unwanted thoughts, images or urges that keep coming back and cause strong anxiety. Compulsions are things a person feels driven to do to ease that anxiety, such as washing, checking or counting. The relief does not last, so the cycle repeats. It can take up hours each day. Almost everyone has strange or upsetting thoughts now and then. In OCD, they come often and cause great distress.',
    es: 'El TOC tiene dos partes. Las obsesiones son pensamientos, imágenes o impulsos no deseados que vuelven una y otra vez y causan mucha ansiedad. Las compulsiones son cosas que la persona siente que debe hacer para calmar esa ansiedad, como lavarse, revisar o contar. El alivio no dura, así que el ciclo se repite. Puede ocupar horas cada día. Casi todas las personas tienen a veces pensamientos extraños o molestos. En el TOC, llegan con frecuencia y causan mucho malestar.',
  },
  naturalCourse: {
    en: 'Without treatment, OCD often lasts a long time. It can get better and worse over the years. Many people feel ashamed and keep it hidden. So they may go a long time without help.',
    es: 'Sin tratamiento, el TOC suele durar mucho tiempo. Puede mejorar y empeorar con los años. Muchas personas sienten vergüenza y lo ocultan. Por eso pueden pasar mucho tiempo sin ayuda.',
  },
  decision: {
    en: 'How to treat your OCD now. You can choose a therapy called ERP, medicine, or both.',
    es: 'Cómo tratar su TOC ahora. Puede elegir una terapia llamada exposición con prevención de respuesta, medicamento o ambos.',
  },
  completeness: 'full',
  options: [
    {
      kind: 'therapy',
      summary: {
        en: 'CBT with exposure and response prevention (ERP), with a trained therapist. For mild OCD, it can be shorter. It can use self-help books, or take place in a group.',
        es: 'Terapia cognitivo-conductual que incluye exposición con prevención de respuesta, con un terapeuta capacitado. Para el TOC más leve, puede ser más corta, usar materiales de autoayuda o hacerse en grupo.',
      },
      modalities: [erp, cbt],
      involves: {
        timeEachWeek: {
          en: 'Often one or two sessions a week for a few months. Some programs are more intensive for a few weeks. You also practise every day at home.',
          es: 'Con frecuencia una o dos sesiones por semana durante unos meses. Algunos programas son más intensivos por unas semanas. También practica todos los días en casa.',
        },
        howSoonItHelps: {
          en: 'Many people notice less urge to do compulsions within a few weeks. The full benefit takes the whole course.',
          es: 'Muchas personas notan menos necesidad de hacer las compulsiones en pocas semanas. El beneficio completo requiere todo el tratamiento.',
        },
        commonBurdens: {
          en: 'You face the things you fear without doing the compulsion. Anxiety rises for a while before it falls. This is hard work.',
          es: 'Usted enfrenta lo que teme sin hacer la compulsión. La ansiedad sube por un rato antes de bajar. Es un trabajo difícil.',
        },
        costs: {
          en: 'Depends on your insurance or clinic. There may be a copay for each session. Therapists trained in ERP may cost more or be farther away.',
          es: 'Depende de su seguro o clínica. Puede haber un copago por cada sesión. Los terapeutas capacitados en esta terapia pueden costar más o estar más lejos.',
        },
      },
      benefits: [
        {
          en: 'In one large trial, it helped more people than medicine alone.',
          es: 'En un estudio grande, ayudó a más personas que el medicamento solo.',
        },
        {
          en: 'There are no medicine side effects to deal with.',
          es: 'No hay efectos secundarios de medicamentos que manejar.',
        },
        {
          en: 'You learn skills you can use again if OCD returns.',
          es: 'Aprende habilidades que puede volver a usar si el TOC regresa.',
        },
      ],
      harms: [
        {
          en: 'Exposure raises anxiety for a while, which feels hard.',
          es: 'La exposición aumenta la ansiedad por un tiempo, y eso cuesta.',
        },
        {
          en: 'It takes practice every day between sessions.',
          es: 'Requiere práctica todos los días entre sesiones.',
        },
        {
          en: 'Therapists trained in ERP can be hard to find.',
          es: 'Puede ser difícil encontrar terapeutas capacitados en esta terapia.',
        },
      ],
      caveat: {
        en: 'ERP works best when you can keep going even when it is hard. Some people drop out early. If you are too unwell to take part, medicine may help first.',
        es: 'Esta terapia funciona mejor cuando puede seguir aunque cueste. Algunas personas la dejan antes de tiempo. Si se siente demasiado mal para participar, el medicamento puede ayudar primero.',
      },
    },
    {
      kind: 'medication',
      summary: {
        en: 'A pill each day, most often an SSRI. If SSRIs do not help, another choice is an older medicine, clomipramine.',
        es: 'Una pastilla cada día, casi siempre un ISRS. Si los ISRS no ayudan, otra opción es un medicamento más antiguo, la clomipramina.',
      },
      modalities: [ssri, clomipramine],
      involves: {
        timeEachWeek: {
          en: 'A pill once a day. Check-ins are more frequent at first, then less often.',
          es: 'Una pastilla una vez al día. Las citas de control son más seguidas al principio y luego más espaciadas.',
        },
        howSoonItHelps: {
          en: 'It is slower than for depression. It can take about 3 months to see if it works. Doses are often higher than for depression.',
          es: 'Es más lento que en la depresión. Puede tardar unos 3 meses en verse si funciona. Las dosis suelen ser más altas que en la depresión.',
        },
        commonBurdens: {
          en: 'Side effects are common, mostly in the first weeks. People who do well usually keep taking it for at least a year.',
          es: 'Los efectos secundarios son comunes, sobre todo en las primeras semanas. Las personas a quienes les funciona suelen seguir tomándolo al menos un año.',
        },
        costs: {
          en: 'Most SSRIs come as low-cost generics. Prescriber visits may have a copay.',
          es: 'La mayoría de los ISRS existen como genéricos de bajo costo. Las citas con quien receta pueden tener un copago.',
        },
      },
      benefits: [
        {
          en: 'It helps many people have fewer unwanted thoughts and urges.',
          es: 'Ayuda a muchas personas a tener menos pensamientos e impulsos no deseados.',
        },
        {
          en: 'It does not require facing fears in sessions.',
          es: 'No requiere enfrentar los miedos en sesiones.',
        },
        {
          en: 'It can start soon, without waiting for a therapist.',
          es: 'Puede empezar pronto, sin esperar a un terapeuta.',
        },
      ],
      harms: [
        {
          en: 'Side effects such as nausea, sleep changes or sexual problems.',
          es: 'Efectos secundarios como náuseas, cambios en el sueño o problemas sexuales.',
        },
        {
          en: 'The older medicine can also cause a dry mouth, hard stools and sleepiness.',
          es: 'El medicamento más antiguo también puede causar boca seca, estreñimiento y sueño.',
        },
        {
          en: 'Stopping it all at once can cause withdrawal symptoms, so it is lowered slowly. OCD may also come back.',
          es: 'Dejarlo de golpe puede causar síntomas al dejar el medicamento, por eso se baja poco a poco. El TOC también puede volver.',
        },
      ],
      caveat: {
        en: 'Before you start, your prescriber checks a few safety points: your age, any past very high moods, pregnancy, other medicines and your heart. They are listed under "Medicine safety" below.',
        es: 'Antes de empezar, quien le receta revisa algunos puntos de seguridad: su edad, si alguna vez tuvo el ánimo muy alto, embarazo, otros medicamentos y su corazón. Aparecen abajo, en "Seguridad de los medicamentos".',
      },
    },
    {
      kind: 'combined',
      summary: {
        en: 'ERP therapy and an SSRI at the same time. Guidelines suggest this for OCD that badly affects daily life.',
        es: 'Terapia de exposición con prevención de respuesta y un ISRS al mismo tiempo. Las guías lo sugieren para el TOC que afecta mucho la vida diaria.',
      },
      modalities: [erp, ssri],
      involves: {
        timeEachWeek: {
          en: 'Therapy sessions and daily practice, plus a daily pill and visits with your prescriber.',
          es: 'Sesiones de terapia y práctica diaria, además de una pastilla diaria y citas con quien le receta.',
        },
        howSoonItHelps: {
          en: 'The therapy often helps within weeks. The medicine can take about 3 months to show its full effect.',
          es: 'La terapia suele ayudar en unas semanas. El medicamento puede tardar unos 3 meses en mostrar todo su efecto.',
        },
        commonBurdens: {
          en: 'You take on the hard work of ERP and the side effects of medicine. It works best when your therapist and prescriber talk.',
          es: 'Usted asume el trabajo difícil de la terapia y los efectos secundarios del medicamento. Funciona mejor cuando su terapeuta y quien le receta se comunican.',
        },
        costs: {
          en: 'The costs of both: therapy sessions, medicine and prescriber visits. Check what your insurance covers.',
          es: 'Los costos de ambos: sesiones de terapia, medicamento y citas con quien le receta. Revise qué cubre su seguro.',
        },
      },
      benefits: [
        {
          en: 'In one large trial, it helped more people than medicine alone.',
          es: 'En un estudio grande, ayudó a más personas que el medicamento solo.',
        },
        {
          en: 'ERP helped people who still had OCD while on medicine.',
          es: 'Agregar esta terapia ayudó a personas a quienes el medicamento no había ayudado lo suficiente.',
        },
        {
          en: 'Medicine may calm OCD, so ERP feels less hard.',
          es: 'El medicamento puede aliviar los síntomas lo suficiente para facilitar la terapia.',
        },
      ],
      harms: [
        {
          en: 'In that trial, it did about as well as ERP alone.',
          es: 'En ese estudio, funcionó más o menos igual que la terapia sola.',
        },
        {
          en: 'Medicine side effects are still possible, such as nausea.',
          es: 'Siguen siendo posibles los efectos del medicamento, como náuseas.',
        },
        {
          en: 'It takes the most time and usually costs the most.',
          es: 'Es lo que más tiempo requiere y suele costar más.',
        },
      ],
      caveat: {
        en: 'In one large trial, ERP alone and ERP with medicine worked about equally well. Both did better than medicine alone. Adding ERP can help when medicine has not helped enough. The medicine safety points below apply here too.',
        es: 'En un estudio grande, la terapia de exposición sola y junto con medicamento funcionaron más o menos igual. Las dos funcionaron mejor que el medicamento solo. Agregar esta terapia puede ayudar cuando el medicamento no ha ayudado lo suficiente. Los puntos de seguridad de los medicamentos que aparecen abajo también aplican aquí.',
      },
    },
  ],
  outcomes: [
    {
      id: 'ocd-much-better-12-weeks',
      label: { en: 'Feel much better after 12 weeks', es: 'Sentirse mucho mejor a las 12 semanas' },
      definition: {
        en: 'A doctor rated how much the person had improved, on a standard scale. Those clearly better count as a "response".',
        es: 'Un médico calificó cuánto había mejorado la persona, con una escala estándar. Quienes estaban claramente mejor cuentan como "respuesta".',
      },
      population: {
        en: 'Adults with OCD seen at expert clinics. They lived at home. Here "medicine" was clomipramine, not an SSRI.',
        es: 'Adultos con TOC tratados sin hospitalización en clínicas expertas. Aquí "medicamento" fue la clomipramina, no un ISRS.',
      },
      timeFrame: {
        en: 'After 12 weeks of treatment.',
        es: 'Después de 12 semanas de tratamiento.',
      },
      higherIsBetter: true,
      results: [
        { option: 'therapy', per100: 62 },
        { option: 'medication', per100: 42 },
        { option: 'combined', per100: 70 },
      ],
      certainty: 'low',
      certaintyReason: {
        en: 'These numbers come from one well-run trial with 122 people. The therapy was more intense than most clinics offer. The medicine was an older one. A review of 54 trials also found that behaviour therapy worked well.',
        es: 'Estos números vienen de un solo estudio bien hecho con 122 personas. La terapia fue más intensa que la que ofrecen la mayoría de las clínicas, y el medicamento fue uno más antiguo. Una revisión de 54 estudios también encontró que la terapia conductual funcionó bien.',
      },
      derivation: {
        en: 'These are the trial\'s own results for everyone who started treatment, rounded to whole people. No numbers were calculated. With a dummy pill, 8 out of 100 felt much better.',
        es: 'Estos son los resultados del propio estudio para todas las personas que empezaron el tratamiento, redondeados a personas enteras. No se calculó ningún número. Con una pastilla falsa, 8 de cada 100 se sintieron mucho mejor.',
      },
      effects: [
        {
          measure: 'percent',
          value: 62,
          comparison: { en: 'Share who responded to ERP alone', es: 'Proporción que respondió a la terapia de exposición sola' },
          sourceId: 'foa-2005-ocd',
        },
        {
          measure: 'percent',
          value: 42,
          comparison: { en: 'Share who responded to clomipramine alone', es: 'Proporción que respondió a la clomipramina sola' },
          sourceId: 'foa-2005-ocd',
        },
        {
          measure: 'percent',
          value: 70,
          comparison: { en: 'Share who responded to ERP plus clomipramine', es: 'Proporción que respondió a la terapia de exposición más clomipramina' },
          sourceId: 'foa-2005-ocd',
        },
        {
          measure: 'percent',
          value: 8,
          comparison: { en: 'Share who responded to a dummy pill (placebo)', es: 'Proporción que respondió a una pastilla falsa (placebo)' },
          sourceId: 'foa-2005-ocd',
        },
      ],
      sourceIds: ['foa-2005-ocd', 'skapinakis-2016-ocd'],
    },
    discontinuationSymptomsOutcome,
  ],
  myths: [
    {
      id: 'medicine-means-weakness',
      myth: {
        en: 'If I need medicine for OCD, I am weak, or therapy has failed.',
        es: 'Necesitar medicamento para el TOC significa que soy débil, o que la terapia fracasó.',
      },
      fact: {
        en: 'OCD is a health condition, not a weakness or a flaw. Medicine is a standard treatment for it. Many people use medicine, therapy, or both at different times.',
        es: 'El TOC es una condición de salud, no una debilidad ni un defecto. El medicamento es un tratamiento común para el TOC. Muchas personas usan medicamento, terapia o ambos en distintos momentos.',
      },
      sourceIds: ['nice-cg31'],
    },
    {
      id: 'adding-medicine-means-serious',
      myth: {
        en: 'If I am told to add medicine to ERP, there is no hope for me.',
        es: 'Si me ofrecen medicamento además de la terapia, mi TOC no tiene remedio.',
      },
      fact: {
        en: 'Not at all. Guidelines suggest both when OCD badly affects daily life. They also suggest both when one treatment has not helped enough. It is a normal next step.',
        es: 'Para nada. Las guías sugieren ambos cuando el TOC afecta mucho la vida diaria. También los sugieren cuando un tratamiento no ha ayudado lo suficiente. Es un paso normal.',
      },
      sourceIds: ['nice-cg31'],
    },
    {
      id: 'medicine-replaces-therapy',
      myth: {
        en: 'Once I am on medicine, I will not need therapy.',
        es: 'Cuando tome el medicamento, ya no voy a necesitar terapia.',
      },
      fact: {
        en: 'Medicine often helps only part of the way. One trial looked at people who still had OCD on medicine. Adding ERP helped them more than a general stress therapy. A review also found that adding therapy to medicine helps in OCD.',
        es: 'El medicamento muchas veces ayuda solo en parte. Un estudio vio a personas que aún tenían síntomas con el medicamento. En ellas, sumar la terapia de exposición ayudó más que otra terapia para el estrés. Una revisión también vio que sumar terapia al medicamento ayuda en el TOC.',
      },
      sourceIds: ['simpson-2008-ocd', 'cuijpers-2014-adding-psychotherapy'],
    },
    {
      id: 'therapy-always-enough',
      myth: {
        en: 'If I do not want medicine, ERP will always be enough.',
        es: 'Si no quiero medicamento, la terapia de exposición sola siempre será suficiente.',
      },
      fact: {
        en: 'For OCD, this is closer to the truth than for most health problems. In one large trial, ERP alone helped about as many people as ERP with medicine. But not everyone can do ERP, or finish it. If OCD is severe, guidelines suggest adding medicine.',
        es: 'Para el TOC, esto se acerca más a la verdad que en muchas otras condiciones. En un estudio grande, la terapia de exposición sola ayudó a más o menos tantas personas como junto con medicamento. Pero no todos pueden hacer esta terapia o terminarla. Si el TOC es grave, las guías sugieren agregar medicamento.',
      },
      sourceIds: ['foa-2005-ocd', 'nice-cg31'],
    },
    {
      id: 'thoughts-mean-danger',
      myth: {
        en: 'A scary or shameful thought means I might act on it, or I am a bad person.',
        es: 'Un pensamiento que asusta o avergüenza significa que podría hacerlo, o que soy mala persona.',
      },
      fact: {
        en: 'Almost everyone has odd or upsetting thoughts now and then. In OCD, they come often and cause great distress. A thought is not an action or a wish.',
        es: 'Casi todas las personas tienen a veces pensamientos raros o molestos. En el TOC llegan con frecuencia y causan mucho malestar. Un pensamiento no es una acción ni un deseo.',
      },
      sourceIds: ['nice-cg31'],
    },
    {
      id: 'reassurance-helps',
      myth: {
        en: 'Checking again, or asking others to calm me, will make the worry go away.',
        es: 'Revisar otra vez o pedir a otros que me tranquilicen hará que la preocupación se vaya.',
      },
      fact: {
        en: 'It brings relief for a short time, but it keeps the cycle going. ERP helps you hold back from checking, so the worry fades on its own.',
        es: 'Trae alivio por poco tiempo, pero mantiene el ciclo. La terapia de exposición le ayuda a no revisar, para que la preocupación baje sola.',
      },
      sourceIds: [],
    },
  ],
  cautions: [
    {
      id: 'milder-may-need-less',
      kind: 'not-needed',
      text: {
        en: 'If OCD affects your life only a little, you may not need both. The UK\'s NICE guideline suggests a lighter form of ERP first. This can be self-help, phone or group sessions.',
        es: 'Si el TOC afecta su vida solo un poco, puede que no necesite ambos. La guía NICE del Reino Unido sugiere primero una forma más ligera de terapia con exposición. Puede ser autoayuda, o sesiones por teléfono o en grupo.',
      },
      sourceIds: ['nice-cg31'],
    },
    {
      id: 'one-trial',
      kind: 'thin-evidence',
      text: {
        en: 'The numbers on feeling better come from one trial with 122 people. It used 4 weeks of intense ERP, then weekly sessions. The medicine was an older one, clomipramine. Results with less intense ERP or with an SSRI may differ.',
        es: 'Los números sobre sentirse mejor vienen de un solo estudio con 122 personas. Usó 4 semanas de terapia de exposición intensiva, luego sesiones semanales. El medicamento fue uno más antiguo, la clomipramina. Los resultados con una terapia menos intensiva o con un ISRS pueden ser distintos.',
      },
      sourceIds: ['foa-2005-ocd'],
    },
    ...antidepressantCautions,
    {
      id: 'clomipramine-safety',
      kind: 'medicine-safety',
      text: {
        en: 'Clomipramine needs extra care. Too much of it at once is very dangerous. It can upset the heart rhythm and cause seizures. So you may get a small supply at a time. Your prescriber may check your heart with a test called an ECG first, above all if you have heart problems. It can cause seizures at high doses. Taking it with an SSRI raises the risk of serotonin syndrome, so it is done only with close checks.',
        es: 'La clomipramina necesita cuidado extra. Tomar mucha de una vez es muy peligroso. Puede alterar el ritmo del corazón y causar convulsiones. Por eso puede recibirla en cantidades pequeñas cada vez. Quien le receta puede revisar primero su corazón con una prueba llamada electrocardiograma, sobre todo si tiene problemas del corazón. Puede causar convulsiones en dosis altas. Tomarla con un ISRS aumenta el riesgo de síndrome serotoninérgico, por eso solo se hace con controles de cerca.',
      },
      sourceIds: ['fda-antidepressant-labels', 'nice-cg31'],
      appliesTo: ['heart', 'seizures', 'other-medicines'],
    },
    suicidalThoughtsReviewFirstCaution,
    {
      id: 'get-help-today',
      kind: 'red-flag',
      text: {
        en: 'Talk to your clinician today, or get help now from the crisis lines below, if you have thoughts of ending your life or harming yourself. The same goes if OCD stops you from eating, drinking or caring for yourself. If you are in danger now, call your local emergency number.',
        es: 'Hable hoy con su profesional de salud, o pida ayuda ahora con las líneas de crisis que aparecen abajo, si tiene pensamientos de quitarse la vida o de hacerse daño. Lo mismo si el TOC no le deja comer, beber o cuidarse. Si está en peligro ahora, llame al número de emergencias de su zona.',
      },
      sourceIds: [],
    },
  ],
};
