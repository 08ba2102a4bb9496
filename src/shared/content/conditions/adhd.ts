import type { Caution, Condition, Modality, OptionKind } from '../schema';
import { pregnancyCaution } from './antidepressant-safety';

// Full content for adults, and for children and teens deciding with a parent or carer in the room.
// Every figure traces to a source in ../sources/adhd.ts; docs/evidence-trace-adhd.md records where in each source
// it sits and how the "out of 100" numbers were made. Do not change a number without updating both.

const parentTraining: Modality = {
  id: 'behavioural-parent-training',
  name: { en: 'Behavioural parent training', es: 'Entrenamiento conductual para padres' },
  description: {
    en: 'For parents of children with ADHD: practical ways to give clear instructions, praise good behaviour and keep steady routines.',
    es: 'Para padres y madres de niños con TDAH: formas prácticas de dar instrucciones claras, elogiar el buen comportamiento y mantener rutinas estables.',
  },
};

const cbtForAdhd: Modality = {
  id: 'cbt-for-adhd',
  name: { en: 'CBT for ADHD', es: 'Terapia cognitivo-conductual para el TDAH' },
  abbreviation: { en: 'CBT', es: 'TCC' },
  description: {
    en: 'Talking therapy for teens and adults: skills for planning, staying on task and handling frustration, and changing unhelpful thoughts.',
    es: 'Terapia de conversación para adolescentes y adultos: habilidades para planificar, mantenerse en una tarea y manejar la frustración, y cambiar pensamientos que no ayudan.',
  },
};

const coaching: Modality = {
  id: 'adhd-coaching',
  name: { en: 'ADHD coaching', es: 'Coaching para el TDAH' },
  description: {
    en: 'A coach helps you set goals, build routines and follow through, step by step.',
    es: 'Un coach (una persona que le guía y le acompaña) le ayuda a fijar metas, crear rutinas y cumplirlas, paso a paso.',
  },
};

const organisationalSkills: Modality = {
  id: 'organisational-skills-training',
  name: { en: 'Organisational skills training', es: 'Entrenamiento en habilidades de organización' },
  description: {
    en: 'Learning to keep track of tasks, things and time, for example with planners, checklists and reminders.',
    es: 'Aprender a llevar el control de tareas, objetos y tiempo, por ejemplo con agendas, listas y recordatorios.',
  },
};

const methylphenidate: Modality = {
  id: 'methylphenidate',
  name: { en: 'Methylphenidate', es: 'Metilfenidato' },
  description: {
    en: 'A stimulant medicine that helps with focus and self-control. It works on the day it is taken.',
    es: 'Un medicamento estimulante que ayuda con la concentración y el autocontrol. Hace efecto el mismo día en que se toma.',
  },
};

const amphetamines: Modality = {
  id: 'amphetamines',
  name: { en: 'Amphetamine medicines', es: 'Medicamentos con anfetamina' },
  description: {
    en: 'Stimulant medicines such as lisdexamfetamine or dexamfetamine. They work in a similar way to methylphenidate.',
    es: 'Medicamentos estimulantes como la lisdexanfetamina o la dexanfetamina. Actúan de forma parecida al metilfenidato.',
  },
};

const atomoxetine: Modality = {
  id: 'atomoxetine',
  name: { en: 'Atomoxetine', es: 'Atomoxetina' },
  description: {
    en: 'A non-stimulant medicine, taken every day. It can take several weeks to work fully. In the US it carries a warning about thoughts of suicide in children and teens.',
    es: 'Un medicamento no estimulante que se toma todos los días. Puede tardar varias semanas en hacer todo su efecto. En EE. UU. lleva una advertencia sobre pensamientos de suicidio en niños y adolescentes.',
  },
};

const guanfacine: Modality = {
  id: 'guanfacine',
  name: { en: 'Guanfacine', es: 'Guanfacina' },
  description: {
    en: 'A non-stimulant medicine, used mainly for children and teens. Do not stop it suddenly: blood pressure can jump up.',
    es: 'Un medicamento no estimulante que se usa sobre todo en niños y adolescentes. No lo deje de golpe: la presión puede subir mucho.',
  },
};

const viloxazine: Modality = {
  id: 'viloxazine',
  name: { en: 'Viloxazine', es: 'Viloxazina' },
  description: {
    en: 'A newer non-stimulant medicine, taken every day. It is for children aged 6 and up, and adults. Like atomoxetine, it has a US warning about thoughts of suicide.',
    es: 'Un medicamento no estimulante más nuevo, que se toma todos los días. Es para niños de 6 años o más, y adultos. Como la atomoxetina, tiene una advertencia en EE. UU. sobre pensamientos de suicidio.',
  },
};

const clonidine: Modality = {
  id: 'clonidine',
  name: { en: 'Clonidine', es: 'Clonidina' },
  description: {
    en: 'A non-stimulant medicine, close to guanfacine, sometimes used for children and teens. It can make you sleepy. Do not stop it suddenly.',
    es: 'Un medicamento no estimulante, parecido a la guanfacina, que a veces se usa en niños y adolescentes. Puede dar sueño. No lo deje de golpe.',
  },
};

const changesAtHomeSchoolWork: Modality = {
  id: 'changes-at-home-school-work',
  name: { en: 'Changes at home, school or work', es: 'Cambios en casa, la escuela o el trabajo' },
  description: {
    en: 'Learn about ADHD and make small changes. For example: a quiet place to work, shorter tasks, written reminders or extra time.',
    es: 'Aprender sobre el TDAH y hacer pequeños cambios. Por ejemplo: un lugar tranquilo para trabajar, tareas más cortas, recordatorios por escrito o más tiempo.',
  },
};

// ---- How each "out of 100" figure was made ---------------------------------------------------------------------

/** A figure taken straight from one arm of a trial: the published percentage, rounded to a whole person. */
export interface DirectFigure {
  outcomeId: string;
  option: OptionKind;
  publishedPercent: number;
}

/**
 * A figure made from a baseline arm and a published ratio. tests/unit/evidence-adhd.test.ts recomputes each one
 * with perHundredFromOddsRatio / perHundredFromRiskRatio and checks the ratio is shown in the outcome's effects.
 */
export interface RatioDerivation {
  outcomeId: string;
  option: OptionKind;
  baselineOption: OptionKind;
  baselinePer100: number;
  measure: 'RR' | 'OR';
  publishedValue: number;
}

export const directFigures: DirectFigure[] = [
  // Swanson 2001 abstract: "success" (symptoms rated "just a little" or less) at the end of 14 months of MTA treatment.
  { outcomeId: 'child-symptoms-low', option: 'therapy', publishedPercent: 34 },
  { outcomeId: 'child-symptoms-low', option: 'medication', publishedPercent: 56 },
  { outcomeId: 'child-symptoms-low', option: 'combined', publishedPercent: 68 },
];

export const derivations: RatioDerivation[] = [
  // Safren 2010 abstract: CGI responders 53% (CBT) vs 23% (relaxation + education), OR 3.80. Recomputing 53 from
  // 23 and the OR checks that the two published numbers agree.
  { outcomeId: 'adult-much-better-on-medicine', option: 'combined', baselineOption: 'medication', baselinePer100: 23, measure: 'OR', publishedValue: 3.8 },
];

// ---- Medicine safety (clinical review M8) -------------------------------------------------------------------

const nonStimulantWarningsCaution: Caution = {
  id: 'non-stimulant-warnings',
  kind: 'medicine-safety',
  text: {
    en: 'Atomoxetine and viloxazine carry a US warning. In studies, a few more children and teens had thoughts of suicide on atomoxetine. With viloxazine, this was seen in children and in adults. Watch closely in the first months and after a dose change, and tell the doctor about new sadness, anger or talk of suicide. Guanfacine and clonidine must not be stopped suddenly, because blood pressure can jump up. Lower them slowly with your doctor.',
    es: 'La atomoxetina y la viloxazina llevan una advertencia en EE. UU. En los estudios, algunos niños y adolescentes más tuvieron pensamientos de suicidio con la atomoxetina. Con la viloxazina, esto se vio en niños y en adultos. Esté pendiente en los primeros meses y después de un cambio de dosis, y avise al médico si hay tristeza nueva, enojo o si habla de suicidio. La guanfacina y la clonidina no se deben dejar de golpe, porque la presión puede subir mucho. Bájelas poco a poco con su médico.',
  },
  sourceIds: ['fda-adhd-non-stimulant-labels'],
  appliesTo: ['under-18', 'under-25', 'suicidal-thoughts', 'heart'],
};

const appetiteAndGrowthCaution: Caution = {
  id: 'appetite-and-growth',
  kind: 'medicine-safety',
  text: {
    en: "Stimulants often lower appetite. In trials in children, poor appetite was about 3 to 4 times as common on methylphenidate as on a dummy pill. So a child's height and weight are checked. In one long study, children who took stimulants every year into their teens were, on average, a little shorter as adults than those who took little.",
    es: 'Los estimulantes a menudo quitan el apetito. En estudios con niños, la falta de apetito fue unas 3 a 4 veces más común con metilfenidato que con una pastilla sin efecto. Por eso se revisan la estatura y el peso del niño. En un estudio largo, los niños que tomaron estimulantes cada año hasta la adolescencia fueron, en promedio, un poco más bajos de adultos que los que tomaron poco.',
  },
  sourceIds: ['holmskov-2017-methylphenidate-gi', 'swanson-2017-mta-adult-height'],
  appliesTo: ['under-18'],
};

// ---- The condition ------------------------------------------------------------------------------------------

export const condition: Condition = {
  id: 'adhd',
  name: {
    en: 'ADHD (attention deficit hyperactivity disorder)',
    es: 'TDAH (trastorno por déficit de atención e hiperactividad)',
  },
  tagline: {
    en: 'Ongoing trouble with attention, restlessness or acting on impulse, in children, teens or adults.',
    es: 'Dificultad constante para prestar atención, inquietud o actuar sin pensar, en niños, adolescentes o adultos.',
  },
  whatItIs: {
    en: 'ADHD is a difference in how the brain grows. It often runs in families. It causes ongoing trouble with paying attention, sitting still, or stopping to think before acting. It starts in childhood. For many people it goes on into adult life. It can make school, work, money, driving and friendships harder. For a child or teen, a parent or carer takes part in the choice, and often in the treatment.',
    es: 'El TDAH es una diferencia en cómo crece el cerebro. Con frecuencia se da en varias personas de la misma familia. Causa dificultad constante para prestar atención, quedarse sin moverse o detenerse a pensar antes de actuar. Empieza en la niñez. En muchas personas sigue en la vida adulta. Puede hacer más difíciles la escuela, el trabajo, el dinero, manejar y las amistades. Cuando se trata de un niño o adolescente, su madre, padre o cuidador participa en la decisión y, a menudo, en el tratamiento.',
  },
  naturalCourse: {
    en: 'ADHD often changes with age. Being very active tends to ease in the teen years. Trouble with attention and planning often goes on. In one large study, children with ADHD still had more problems as teens than other children of the same age, whatever treatment they had as children. Some adults need less help as they get older. Others still need it.',
    es: 'El TDAH suele cambiar con la edad. En la adolescencia, el exceso de actividad tiende a bajar. Pero a menudo sigue la dificultad para poner atención y organizarse. En un estudio grande, los niños con TDAH tenían más problemas de adolescentes que otros chicos de su edad. Eso pasó con cualquier tratamiento que tuvieran de niños. Algunos adultos necesitan menos ayuda con los años. Otros la siguen necesitando.',
  },
  decision: {
    en: 'How to manage ADHD now: skills-based therapy or parent training, medicine, or both together. Another choice is to make changes at home, school or work first, and check back later. For a child or teen, this choice is made together with a parent or carer.',
    es: 'Cómo tratar el TDAH ahora. Puede elegir terapia para aprender habilidades o para padres, medicamento, o ambos juntos. O puede hacer primero cambios en casa, la escuela o el trabajo, y revisar más tarde. Si es un niño o un joven, la decisión se toma con su madre, padre o cuidador.',
  },
  completeness: 'full',
  options: [
    {
      kind: 'therapy',
      summary: {
        en: 'Help without medicine: training for parents of children with ADHD, and skills-based therapy or coaching for teens and adults.',
        es: 'Ayuda sin medicamento: entrenamiento para padres de niños con TDAH, y terapia para aprender habilidades o coaching para adolescentes y adultos.',
      },
      modalities: [parentTraining, cbtForAdhd, coaching, organisationalSkills],
      involves: {
        timeEachWeek: {
          en: 'Often one session a week, for about 2 to 4 months. Between sessions, you practise new habits at home.',
          es: 'A menudo una sesión por semana, durante unos 2 a 4 meses. Entre sesiones, usted practica los nuevos hábitos en casa.',
        },
        howSoonItHelps: {
          en: 'Changes build slowly over weeks, as new habits take hold.',
          es: 'Los cambios llegan poco a poco en semanas, a medida que se afianzan los nuevos hábitos.',
        },
        commonBurdens: {
          en: 'It takes steady effort, often from the whole family. Sticking to routines can be hard when ADHD makes planning hard. There may be a wait to start.',
          es: 'Requiere un esfuerzo constante, muchas veces de toda la familia. Seguir las rutinas puede costar cuando el TDAH hace difícil planificar. Puede haber una espera para empezar.',
        },
        costs: {
          en: 'Depends on your insurance or clinic. Sessions may have a copay. Group programmes can cost less. Coaching is often not covered.',
          es: 'Depende de su seguro o clínica. Las sesiones pueden tener un copago. Los programas en grupo pueden costar menos. El coaching muchas veces no está cubierto.',
        },
      },
      benefits: [
        {
          en: 'There are no medicine side effects to deal with.',
          es: 'No hay efectos secundarios de medicamentos que manejar.',
        },
        {
          en: 'It builds skills and routines that you keep using.',
          es: 'Crea habilidades y rutinas que usted sigue usando.',
        },
        {
          en: 'Parent training can make home life calmer and less tense.',
          es: 'El entrenamiento para padres puede hacer la vida en casa más tranquila.',
        },
      ],
      harms: [
        {
          en: 'In children, it eased core symptoms less than medicine.',
          es: 'En niños, alivió menos los síntomas principales que el medicamento.',
        },
        {
          en: 'It takes time and practice, often for the whole family.',
          es: 'Requiere tiempo y práctica, muchas veces de toda la familia.',
        },
        {
          en: 'It can be hard to find, and there may be a wait.',
          es: 'Puede ser difícil de encontrar, y puede haber una espera.',
        },
      ],
      caveat: {
        en: 'In a large study of children, fewer had low symptoms with behaviour therapy alone than with medicine. Still, parent training helps many families. For children under 5, it is usually tried first. Coaching has less research behind it than CBT.',
        es: 'En un estudio grande con niños, menos lograron síntomas bajos con terapia conductual sola que con medicamento. Aun así, el entrenamiento para padres ayuda a muchas familias. En niños menores de 5 años, suele probarse primero. El coaching tiene menos estudios que la TCC.',
      },
    },
    {
      kind: 'medication',
      summary: {
        en: 'A daily ADHD medicine, started at a low dose and adjusted by a doctor. Stimulants are most often tried first. Non-stimulants are another choice.',
        es: 'Un medicamento diario para el TDAH, que se empieza con una dosis baja y que el médico ajusta. Casi siempre se prueban primero los estimulantes. Los no estimulantes son otra opción.',
      },
      modalities: [methylphenidate, amphetamines, atomoxetine, guanfacine, viloxazine, clonidine],
      involves: {
        timeEachWeek: {
          en: 'A pill each day. There are several visits in the first weeks to find the right dose, then check-ups a few times a year.',
          es: 'Una pastilla cada día. Hay varias citas en las primeras semanas para encontrar la dosis correcta, y luego controles unas cuantas veces al año.',
        },
        howSoonItHelps: {
          en: 'Stimulants work on the day they are taken. Non-stimulants can take several weeks.',
          es: 'Los estimulantes hacen efecto el mismo día. Los no estimulantes pueden tardar varias semanas.',
        },
        commonBurdens: {
          en: 'Side effects such as less appetite or poor sleep. Heart rate, blood pressure and weight are checked, and growth in children. Stimulant refills may need a new prescription each time.',
          es: 'Efectos secundarios como menos apetito o mal sueño. Se revisan el ritmo del corazón, la presión y el peso, y el crecimiento en los niños. Para los estimulantes puede hacer falta una receta nueva cada vez.',
        },
        costs: {
          en: 'Some ADHD medicines come as low-cost generics. Long-acting brands can cost much more. Visits may have a copay.',
          es: 'Algunos medicamentos para el TDAH existen como genéricos de bajo costo. Las marcas de acción prolongada pueden costar mucho más. Las citas pueden tener un copago.',
        },
      },
      benefits: [
        {
          en: 'In children, it eased core symptoms more than behaviour therapy.',
          es: 'En niños, alivió los síntomas principales más que la terapia conductual.',
        },
        {
          en: 'Stimulants start working on the day they are taken.',
          es: 'Los estimulantes empiezan a actuar el mismo día en que se toman.',
        },
        {
          en: 'Once the dose is right, it takes little time each day.',
          es: 'Una vez que la dosis es la correcta, toma poco tiempo cada día.',
        },
      ],
      harms: [
        {
          en: 'Less appetite, trouble sleeping, headaches or stomach aches.',
          es: 'Menos apetito, problemas para dormir, dolor de cabeza o de estómago.',
        },
        {
          en: 'Stimulants can raise heart rate and blood pressure.',
          es: 'Los estimulantes pueden subir el ritmo del corazón y la presión.',
        },
        {
          en: 'It helps only while it is taken, and it can be misused.',
          es: 'Ayuda solo mientras se toma, y se puede usar de forma indebida.',
        },
      ],
      caveat: {
        en: 'Medicine helps only on the days it is taken. It does not teach skills. In one large study, the early edge of medicine had faded 6 to 8 years later.',
        es: 'El medicamento ayuda solo los días en que se toma. No enseña habilidades. En un estudio grande, la ventaja inicial del medicamento ya no se veía 6 a 8 años después.',
      },
    },
    {
      kind: 'combined',
      summary: {
        en: 'Medicine together with parent training, therapy or coaching.',
        es: 'Medicamento junto con entrenamiento para padres, terapia o coaching.',
      },
      modalities: [methylphenidate, amphetamines, parentTraining, cbtForAdhd],
      involves: {
        timeEachWeek: {
          en: 'A daily pill and medicine check-ups, plus a weekly session for a few months and practice at home.',
          es: 'Una pastilla diaria y controles del medicamento, además de una sesión por semana durante unos meses y práctica en casa.',
        },
        howSoonItHelps: {
          en: 'Medicine can help within days. Skills build up over weeks to months.',
          es: 'El medicamento puede ayudar en días. Las habilidades se construyen en semanas o meses.',
        },
        commonBurdens: {
          en: 'You take on the side effects of medicine and the time of therapy. It works best when the prescriber and therapist share a plan.',
          es: 'Usted asume los efectos secundarios del medicamento y el tiempo de la terapia. Funciona mejor cuando quien receta y el terapeuta comparten un plan.',
        },
        costs: {
          en: 'The costs of both: medicine, prescriber visits and therapy sessions. Check what your insurance covers.',
          es: 'Los costos de ambos: medicamento, citas con quien receta y sesiones de terapia. Revise qué cubre su seguro.',
        },
      },
      benefits: [
        {
          en: 'In children, it helped the most children reach low symptoms.',
          es: 'En niños, fue lo que más niños llevó a tener síntomas bajos.',
        },
        {
          en: 'It beat behaviour therapy on how kids act and get on at home. Medicine alone did not.',
          es: 'Superó a la terapia conductual en cómo actúan los niños y en la vida en casa. El medicamento solo no.',
        },
        {
          en: 'Adults still struggling on medicine did better with added CBT.',
          es: 'Adultos con síntomas a pesar del medicamento mejoraron al sumar TCC.',
        },
      ],
      harms: [
        {
          en: 'Medicine side effects still apply, such as poor appetite.',
          es: 'Siguen los efectos del medicamento, como la falta de apetito.',
        },
        {
          en: 'It takes the most time: sessions plus medicine check-ups.',
          es: 'Es lo que más tiempo toma: sesiones y controles del medicamento.',
        },
        {
          en: 'It usually costs the most, and needs two people to work together.',
          es: 'Suele costar más, y necesita que dos profesionales trabajen juntos.',
        },
      ],
      caveat: {
        en: 'In direct tests, both together and good medicine care alone did not clearly differ. But both together beat behaviour therapy and usual care on how kids act, make friends and get on at home. Medicine alone did not. Six to 8 years later, the groups were the same.',
        es: 'En pruebas directas, ambos juntos y una buena atención con medicamento solo no se diferenciaron con claridad. Pero ambos juntos superaron a la terapia conductual y a la atención habitual en cómo actúan los niños, hacen amigos y se llevan en casa. El medicamento solo no. De 6 a 8 años después, los grupos estaban igual.',
      },
    },
    {
      kind: 'waiting',
      summary: {
        en: 'Not starting treatment now: learn about ADHD, make practical changes at home, school or work, and check in again.',
        es: 'No empezar un tratamiento por ahora: aprender sobre el TDAH, hacer cambios prácticos en casa, la escuela o el trabajo, y volver a revisar.',
      },
      modalities: [changesAtHomeSchoolWork],
      involves: {
        timeEachWeek: {
          en: 'Little time: making the changes, and a follow-up visit in a few weeks or months.',
          es: 'Poco tiempo: hacer los cambios, y una cita de seguimiento en unas semanas o meses.',
        },
        howSoonItHelps: {
          en: 'Simple changes can help soon, but they do not treat ADHD itself. We found no figures to compare fairly with treatment.',
          es: 'Los cambios sencillos pueden ayudar pronto, pero no tratan el TDAH en sí. No encontramos cifras que se puedan comparar de forma justa con los tratamientos.',
        },
        commonBurdens: {
          en: 'Problems at school, work or home may go on while you wait. You need to watch how things are going.',
          es: 'Los problemas en la escuela, el trabajo o la casa pueden seguir mientras espera. Necesita estar pendiente de cómo van las cosas.',
        },
        costs: {
          en: 'Usually the lowest cost: only the follow-up visits.',
          es: 'Suele ser lo de menor costo: solo las citas de seguimiento.',
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
          en: 'Small changes at school or work may be enough.',
          es: 'Pequeños cambios en la escuela o el trabajo pueden bastar.',
        },
      ],
      harms: [
        {
          en: 'Problems may last longer than with treatment.',
          es: 'Los problemas pueden durar más que con tratamiento.',
        },
        {
          en: 'School, work or family life may suffer meanwhile.',
          es: 'La escuela, el trabajo o la familia pueden sufrir mientras tanto.',
        },
        {
          en: 'It is not a good fit when ADHD causes big problems.',
          es: 'No es buena opción cuando el TDAH causa problemas grandes.',
        },
      ],
      caveat: {
        en: 'This can fit when ADHD causes only mild problems in daily life. If problems at school, work, home or on the road go on, it is time to look at treatment again.',
        es: 'Esto puede ser adecuado cuando el TDAH causa solo problemas leves en la vida diaria. Si siguen los problemas en la escuela, el trabajo, la casa o al manejar, es momento de volver a pensar en un tratamiento.',
      },
    },
  ],
  outcomes: [
    {
      id: 'child-symptoms-low',
      label: {
        en: "A child's ADHD and defiant behaviour drop to a low level",
        es: 'El TDAH y la conducta desafiante del niño bajan a un nivel bajo',
      },
      definition: {
        en: 'Parents and teachers rated ADHD signs and defiant behaviour, like arguing or breaking rules, as "just a little" or less. Here "therapy" means a full behaviour plan: parent training, help at school and a summer camp.',
        es: 'Los padres y maestros calificaron los síntomas de TDAH y la conducta desafiante, como discutir o negarse a seguir reglas, como "solo un poco" o menos en promedio. Aquí "terapia" significa un plan conductual completo: entrenamiento para padres, ayuda en la escuela y un campamento de verano.',
      },
      population: {
        en: 'Children aged 7 to 9 with ADHD. One large US study of 579 children.',
        es: 'Niños de 7 a 9 años con TDAH. Un estudio grande en Estados Unidos con 579 niños.',
      },
      timeFrame: {
        en: 'At the end of 14 months of treatment.',
        es: 'Al final de 14 meses de tratamiento.',
      },
      higherIsBetter: true,
      results: [
        { option: 'therapy', per100: 34 },
        { option: 'medication', per100: 56 },
        { option: 'combined', per100: 68 },
      ],
      certainty: 'moderate',
      certaintyReason: {
        en: 'One large, careful study. But it is only one study, and the parents and teachers knew which treatment each child had.',
        es: 'Un estudio grande y cuidadoso. Pero es un solo estudio, y los padres y maestros sabían qué tratamiento tenía cada niño.',
      },
      derivation: {
        en: 'Taken straight from the study. These are the shares of children in each group with low symptoms at the end, rounded to whole children. In a fourth group, who got usual care in their town, 25 out of 100 did.',
        es: 'Tomado directamente del estudio. Son las proporciones de niños de cada grupo con síntomas bajos al final, redondeadas a niños enteros. En un cuarto grupo, que recibió la atención habitual de su localidad, fueron 25 de cada 100.',
      },
      effects: [
        {
          measure: 'percent',
          value: 68,
          comparison: { en: 'Both together: share with low symptoms', es: 'Ambos juntos: proporción con síntomas bajos' },
          sourceId: 'swanson-2001-mta-success',
        },
        {
          measure: 'percent',
          value: 56,
          comparison: { en: 'Medicine alone: share with low symptoms', es: 'Medicamento solo: proporción con síntomas bajos' },
          sourceId: 'swanson-2001-mta-success',
        },
        {
          measure: 'percent',
          value: 34,
          comparison: { en: 'Behaviour therapy alone: share with low symptoms', es: 'Terapia conductual sola: proporción con síntomas bajos' },
          sourceId: 'swanson-2001-mta-success',
        },
        {
          measure: 'percent',
          value: 25,
          comparison: { en: 'Usual care in the community: share with low symptoms', es: 'Atención habitual en la comunidad: proporción con síntomas bajos' },
          sourceId: 'swanson-2001-mta-success',
        },
      ],
      sourceIds: ['swanson-2001-mta-success', 'mta-1999'],
    },
    {
      id: 'adult-much-better-on-medicine',
      label: {
        en: 'An adult already on medicine feels much better',
        es: 'Un adulto que ya toma medicamento se siente mucho mejor',
      },
      definition: {
        en: 'A rater who did not know the group judged how much the ADHD had improved. Everyone kept taking their medicine. "Both together" added 12 sessions of CBT. "Medicine alone" added 12 sessions of relaxation and advice instead. So both groups had the same time with a therapist.',
        es: 'Un evaluador que no sabía el grupo juzgó cuánto había mejorado el TDAH. Todos siguieron tomando su medicamento. "Ambos juntos" sumó 12 sesiones de TCC. "Medicamento solo" sumó en su lugar 12 sesiones de relajación y consejos. Así, los dos grupos tuvieron el mismo tiempo con un terapeuta.',
      },
      population: {
        en: 'Adults with ADHD who still had clear symptoms on medicine. 86 people at one US hospital.',
        es: 'Adultos con TDAH que seguían con síntomas claros con el medicamento. 86 personas en un hospital de Estados Unidos.',
      },
      timeFrame: {
        en: 'At the end of 12 weekly sessions, about 3 to 4 months.',
        es: 'Al final de 12 sesiones semanales, unos 3 a 4 meses.',
      },
      higherIsBetter: true,
      results: [
        { option: 'medication', per100: 23 },
        { option: 'combined', per100: 53 },
      ],
      certainty: 'low',
      certaintyReason: {
        en: 'Only one small study at one hospital. The true difference could be quite a bit smaller or larger.',
        es: 'Solo un estudio pequeño en un hospital. La diferencia real podría ser bastante menor o mayor.',
      },
      derivation: {
        en: 'Taken from the study: 23 out of 100 on medicine with relaxation sessions, and 53 out of 100 on medicine with CBT, were much better. We checked that 53 follows from 23 and the published odds ratio of 3.8.',
        es: 'Tomado del estudio: 23 de cada 100 con medicamento y sesiones de relajación, y 53 de cada 100 con medicamento y TCC, mejoraron mucho. Comprobamos que 53 se obtiene de 23 y de la razón de momios publicada de 3.8.',
      },
      effects: [
        {
          measure: 'OR',
          value: 3.8,
          ciLow: 1.5,
          ciHigh: 9.59,
          comparison: {
            en: 'CBT added to medicine vs relaxation added to medicine',
            es: 'TCC sumada al medicamento frente a relajación sumada al medicamento',
          },
          sourceId: 'safren-2010-cbt-adults',
        },
        {
          measure: 'percent',
          value: 23,
          comparison: {
            en: 'Share much better with medicine plus relaxation sessions (starting number)',
            es: 'Proporción que mejoró mucho con medicamento y sesiones de relajación (número de partida)',
          },
          sourceId: 'safren-2010-cbt-adults',
        },
        {
          measure: 'percent',
          value: 53,
          comparison: {
            en: 'Share much better with medicine plus CBT',
            es: 'Proporción que mejoró mucho con medicamento y TCC',
          },
          sourceId: 'safren-2010-cbt-adults',
        },
      ],
      sourceIds: ['safren-2010-cbt-adults'],
    },
  ],
  myths: [
    {
      id: 'medicine-means-failure',
      myth: {
        en: 'Needing ADHD medicine means I failed, or that therapy did not work.',
        es: 'Necesitar medicamento para el TDAH significa que fracasé, o que la terapia no funcionó.',
      },
      fact: {
        en: 'ADHD is a difference in how the brain grows. It is not a lack of effort. In a large study of children, medicine eased the main symptoms more than behaviour therapy alone. Many people use medicine as one tool among others.',
        es: 'El TDAH es una diferencia en cómo crece el cerebro. No es falta de esfuerzo. En un estudio grande con niños, el medicamento alivió los síntomas principales más que la terapia conductual sola. Muchas personas usan el medicamento como una herramienta entre otras.',
      },
      sourceIds: ['mta-1999', 'swanson-2001-mta-success'],
    },
    {
      id: 'adding-medicine-means-severe',
      myth: {
        en: 'If medicine is added to parent training, the ADHD must be very bad. Behaviour work alone should always do the job.',
        es: 'Si se agrega medicamento al entrenamiento para padres, el TDAH debe ser muy grave. El trabajo conductual solo siempre debería bastar.',
      },
      fact: {
        en: 'Adding medicine is a common step, not a bad sign. In the large study, 34 out of 100 children reached low symptoms with behaviour therapy alone. With medicine alone, 56 out of 100 did. With both together, 68 out of 100 did.',
        es: 'Agregar medicamento es un paso común, no una mala señal. En el estudio grande, 34 de cada 100 niños lograron síntomas bajos con terapia conductual sola. Con medicamento solo, lo lograron 56 de cada 100. Con ambos juntos, lo lograron 68 de cada 100.',
      },
      sourceIds: ['swanson-2001-mta-success'],
    },
    {
      id: 'medicine-replaces-skills',
      myth: {
        en: 'Once medicine starts, we will not need skills training or parent training.',
        es: 'Cuando empiece el medicamento, ya no vamos a necesitar entrenamiento en habilidades ni para padres.',
      },
      fact: {
        en: 'Medicine eases symptoms while it is taken. It does not teach skills. In children, both together helped behaviour, friends and family life more than behaviour therapy alone did. Some adults still struggled on medicine. With added CBT, 53 out of 100 of them got much better, compared with 23 out of 100 without it.',
        es: 'El medicamento alivia los síntomas mientras se toma. No enseña habilidades. En niños, ambos juntos ayudaron con el comportamiento, las amistades y la vida familiar más que la terapia conductual sola. Algunos adultos seguían con dificultades con el medicamento. Al sumar TCC, 53 de cada 100 de ellos mejoraron mucho, frente a 23 de cada 100 sin ella.',
      },
      sourceIds: ['mta-1999', 'safren-2010-cbt-adults'],
    },
    {
      id: 'skills-always-enough',
      myth: {
        en: 'If we do not want medicine, therapy or parent training alone will always be enough.',
        es: 'Si no queremos medicamento, la terapia o el entrenamiento para padres solos siempre serán suficientes.',
      },
      fact: {
        en: 'Not always. In children, fewer reached low symptoms with behaviour therapy alone than with medicine. But it is a fair first step for milder problems, and for children under 5. Years later, the groups in the large study no longer differed. You can change the plan if it is not working.',
        es: 'No siempre. En niños, menos lograron síntomas bajos con terapia conductual sola que con medicamento. Pero es un primer paso razonable para problemas más leves, y para niños menores de 5 años. Años después, los grupos del estudio grande ya no eran distintos. Puede cambiar el plan si no está funcionando.',
      },
      sourceIds: ['swanson-2001-mta-success', 'molina-2009-mta-8-years', 'nice-ng87'],
    },
    {
      id: 'stimulants-lead-to-addiction',
      myth: {
        en: 'Stimulant medicine will make my child more likely to get hooked on drugs later.',
        es: 'El medicamento estimulante hará que mi hijo tenga más riesgo de volverse adicto a las drogas más adelante.',
      },
      fact: {
        en: 'A review of 15 long-term studies, with 2,565 people, looked at this. Children treated with stimulants were no more and no less likely to use or misuse alcohol or drugs later. Stimulants can be misused, though. Keep them in a safe place and never share them.',
        es: 'Una revisión de 15 estudios de largo plazo, con 2,565 personas, estudió esto. Los niños tratados con estimulantes no tuvieron ni más ni menos probabilidad de usar o abusar del alcohol o las drogas más adelante. Aun así, los estimulantes se pueden usar de forma indebida. Guárdelos en un lugar seguro y nunca los comparta.',
      },
      sourceIds: ['humphreys-2013-stimulants-substance-use'],
    },
    {
      id: 'bad-parenting',
      myth: {
        en: 'ADHD is just the result of bad parenting.',
        es: 'El TDAH es solo el resultado de una mala crianza.',
      },
      fact: {
        en: 'No. ADHD is a difference in how the brain develops, and it often runs in families. Parents do not cause it. Parent training is offered because it gives parents extra tools for a child who needs more structure. It is not a sign of blame.',
        es: 'No. El TDAH es una diferencia en cómo se desarrolla el cerebro, y con frecuencia se da en varias personas de la misma familia. Los padres no lo causan. El entrenamiento para padres se ofrece porque da más herramientas para un niño que necesita más estructura. No es una señal de culpa.',
      },
      sourceIds: [],
    },
    {
      id: 'not-real-in-adults',
      myth: {
        en: 'ADHD is a childhood problem. Adults grow out of it.',
        es: 'El TDAH es un problema de la niñez. Los adultos lo superan.',
      },
      fact: {
        en: "Many do not. When the children in the large study were followed into their teens, they still did worse than their classmates on most things measured. The UK's NICE guideline covers adults too, and offers them treatment.",
        es: 'Muchos no. Cuando se siguió a los niños del estudio grande hasta la adolescencia, todavía les iba peor que a sus compañeros en la mayoría de lo que se midió. La guía NICE del Reino Unido también incluye a los adultos y les ofrece tratamiento.',
      },
      sourceIds: ['molina-2009-mta-8-years', 'nice-ng87'],
    },
  ],
  cautions: [
    {
      id: 'mild-may-need-changes-only',
      kind: 'not-needed',
      text: {
        en: 'If ADHD causes only mild problems, small changes at home, school or work may be enough for now. For children under 5, parent training usually comes before medicine.',
        es: 'Si el TDAH causa solo problemas leves, pequeños cambios en casa, la escuela o el trabajo pueden bastar por ahora. En niños menores de 5 años, el entrenamiento para padres suele ir antes que el medicamento.',
      },
      sourceIds: ['nice-ng87'],
      appliesTo: ['under-18'],
    },
    {
      id: 'numbers-from-few-studies',
      kind: 'thin-evidence',
      text: {
        en: "The numbers for children come from one large study of 7 to 9 year olds. The numbers for adults come from one small study. Treat them as rough guides. Teens were not studied in the same way. In the children's study, the early differences had faded 6 to 8 years later.",
        es: 'Los números para niños vienen de un solo estudio grande con niños de 7 a 9 años. Los números para adultos vienen de un solo estudio pequeño. Tómelos como una guía aproximada. Los adolescentes no se estudiaron de la misma forma. En el estudio con niños, las diferencias iniciales ya no se veían de 6 a 8 años después.',
      },
      sourceIds: ['swanson-2001-mta-success', 'safren-2010-cbt-adults', 'molina-2009-mta-8-years'],
    },
    {
      id: 'medicine-when-problems-are-big',
      kind: 'medication-first',
      text: {
        en: "If ADHD still causes big problems after simple changes, the UK's NICE guideline says to offer medicine. This is for children aged 5 and up, teens and adults. US guidance from the AAP says children aged 6 to 11 should get medicine together with parent training or help in class. Before a stimulant starts, tell your doctor about heart problems, fainting, or sudden deaths in the family.",
        es: 'Si el TDAH sigue causando problemas grandes después de hacer cambios sencillos, la guía NICE del Reino Unido dice que se ofrezca medicamento. Esto es para niños de 5 años o más, adolescentes y adultos. La guía de la AAP de Estados Unidos dice que los niños de 6 a 11 años reciban medicamento junto con entrenamiento para padres o apoyo en clase. Antes de empezar un estimulante, cuéntele a su médico si hay problemas del corazón, desmayos o muertes repentinas en la familia.',
      },
      sourceIds: ['nice-ng87', 'aap-2019-adhd'],
      appliesTo: ['under-18', 'heart'],
    },
    nonStimulantWarningsCaution,
    appetiteAndGrowthCaution,
    { ...pregnancyCaution, sourceIds: ['nice-cg192'] },
    {
      id: 'get-help-today',
      kind: 'red-flag',
      text: {
        en: 'Talk to your clinician today, or get help now from the crisis lines below, if you or your child has thoughts of suicide or self-harm. Also get help today for chest pain, fainting, or seeing or hearing things others do not while on ADHD medicine.',
        es: 'Hable hoy con su profesional de salud, o pida ayuda ahora con las líneas de crisis que aparecen abajo, si usted o su hijo tiene pensamientos de suicidio o de hacerse daño. Pida ayuda hoy también si hay dolor de pecho, desmayos, o si ve u oye cosas que otros no perciben mientras toma medicamento para el TDAH.',
      },
      sourceIds: [],
      appliesTo: ['suicidal-thoughts', 'heart'],
    },
  ],
};
