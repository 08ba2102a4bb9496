import type { Condition, Modality } from '../schema';

// Outline content for adults, and for children and teens deciding with a parent or carer in the room.
// No figures: they arrive with their sources in the full version.

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
    es: 'Un coach (entrenador personal) le ayuda a fijar metas, crear rutinas y cumplirlas, paso a paso.',
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
    en: 'A non-stimulant medicine, taken every day. It can take several weeks to work fully.',
    es: 'Un medicamento no estimulante que se toma todos los días. Puede tardar varias semanas en hacer todo su efecto.',
  },
};

const guanfacine: Modality = {
  id: 'guanfacine',
  name: { en: 'Guanfacine', es: 'Guanfacina' },
  description: {
    en: 'A non-stimulant medicine, used mainly for children and teens.',
    es: 'Un medicamento no estimulante que se usa sobre todo en niños y adolescentes.',
  },
};

const changesAtHomeSchoolWork: Modality = {
  id: 'changes-at-home-school-work',
  name: { en: 'Changes at home, school or work', es: 'Cambios en casa, la escuela o el trabajo' },
  description: {
    en: 'Learning about ADHD and making practical changes, such as a quiet place to work, shorter tasks, written reminders or extra time.',
    es: 'Aprender sobre el TDAH y hacer cambios prácticos, como un lugar tranquilo para trabajar, tareas más cortas, recordatorios por escrito o más tiempo.',
  },
};

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
    en: 'ADHD is a difference in how the brain develops, and it often runs in families. It causes ongoing trouble with paying attention, sitting still, or stopping to think before acting. It starts in childhood, and for many people it carries on into adult life. It can make school, work, money, driving and relationships harder. For a child or teen, a parent or carer takes part in the decision and often in the treatment.',
    es: 'El TDAH es una diferencia en cómo se desarrolla el cerebro, y con frecuencia se presenta en varias personas de una misma familia. Causa dificultad constante para prestar atención, quedarse quieto o detenerse a pensar antes de actuar. Empieza en la niñez y, en muchas personas, continúa en la vida adulta. Puede hacer más difíciles la escuela, el trabajo, el manejo del dinero, la conducción y las relaciones. Cuando se trata de un niño o adolescente, su madre, padre o cuidador participa en la decisión y, con frecuencia, en el tratamiento.',
  },
  naturalCourse: {
    en: 'ADHD often changes with age. Being very active tends to ease in the teen years, while trouble with attention and organisation often continues. Many adults still have symptoms, though some need less help as they grow older.',
    es: 'El TDAH suele cambiar con la edad. La actividad excesiva tiende a disminuir en la adolescencia, mientras que la dificultad para prestar atención y organizarse a menudo continúa. Muchos adultos siguen teniendo síntomas, aunque algunas personas necesitan menos ayuda a medida que crecen.',
  },
  decision: {
    en: 'How to manage ADHD now: skills-based therapy or parent training, medicine, or both together. Another choice is to make changes at home, school or work first and review them later. For a child or teen, this decision is made together with a parent or carer.',
    es: 'Cómo manejar el TDAH ahora: terapia para aprender habilidades o entrenamiento para padres, medicamento o ambos juntos. Otra opción es hacer primero cambios en casa, la escuela o el trabajo y revisarlos más adelante. Cuando se trata de un niño o adolescente, esta decisión se toma junto con su madre, padre o cuidador.',
  },
  completeness: 'outline',
  options: [
    {
      kind: 'therapy',
      summary: {
        en: 'Help without medicine: training for parents of children with ADHD, and skills-based therapy or coaching for teens and adults.',
        es: 'Ayuda sin medicamento: entrenamiento para padres de niños con TDAH, y terapia para aprender habilidades o coaching para adolescentes y adultos.',
      },
      modalities: [parentTraining, cbtForAdhd, coaching, organisationalSkills],
      benefits: [
        { en: 'No medicine side effects.', es: 'No hay efectos secundarios de medicamentos.' },
        {
          en: 'Builds skills and routines for daily life.',
          es: 'Crea habilidades y rutinas para la vida diaria.',
        },
      ],
      harms: [
        {
          en: 'Takes time and regular practice, often for the whole family.',
          es: 'Requiere tiempo y práctica regular, muchas veces de toda la familia.',
        },
        {
          en: 'It can be hard to find, and there may be a wait.',
          es: 'Puede ser difícil de encontrar y puede haber una espera.',
        },
      ],
      caveat: {
        en: 'In children, studies found medicine usually eases the core symptoms of ADHD more than behavioural treatment alone. Parent training still helps many families with behaviour and daily routines. Coaching has less research behind it than CBT.',
        es: 'En niños, los estudios encontraron que el medicamento suele aliviar los síntomas principales del TDAH más que el tratamiento conductual solo. Aun así, el entrenamiento para padres ayuda a muchas familias con el comportamiento y las rutinas diarias. El coaching tiene menos estudios que lo respalden que la terapia cognitivo-conductual.',
      },
    },
    {
      kind: 'medication',
      summary: {
        en: 'A daily ADHD medicine, started at a low dose and adjusted by a doctor. Stimulants are most often tried first; non-stimulants are another choice.',
        es: 'Un medicamento diario para el TDAH, que se empieza con una dosis baja y que el médico va ajustando. Casi siempre se prueban primero los estimulantes; los no estimulantes son otra opción.',
      },
      modalities: [methylphenidate, amphetamines, atomoxetine, guanfacine],
      benefits: [
        {
          en: 'For many people, it eases the core symptoms of ADHD.',
          es: 'En muchas personas, alivia los síntomas principales del TDAH.',
        },
        {
          en: 'Stimulants start working quickly, on the day they are taken.',
          es: 'Los estimulantes empiezan a actuar rápido, el mismo día en que se toman.',
        },
      ],
      harms: [
        {
          en: 'Common side effects include less appetite, trouble sleeping, headaches or stomach aches.',
          es: 'Los efectos secundarios comunes incluyen menos apetito, problemas para dormir, dolor de cabeza o dolor de estómago.',
        },
        {
          en: 'Stimulants can raise heart rate and blood pressure.',
          es: 'Los estimulantes pueden subir el ritmo del corazón y la presión arterial.',
        },
        {
          en: 'Stimulants are controlled medicines because they can be misused.',
          es: 'Los estimulantes son medicamentos controlados porque se pueden usar de forma indebida.',
        },
      ],
      caveat: {
        en: 'Medicine helps only while it is being taken. A doctor checks heart rate, blood pressure and weight, and growth in children.',
        es: 'El medicamento ayuda solo mientras se toma. Un médico revisa el ritmo del corazón, la presión arterial y el peso, y el crecimiento en los niños.',
      },
    },
    {
      kind: 'combined',
      summary: {
        en: 'Medicine together with parent training, therapy or coaching.',
        es: 'Medicamento junto con entrenamiento para padres, terapia o coaching.',
      },
      modalities: [methylphenidate, amphetamines, parentTraining, cbtForAdhd],
      caveat: {
        en: 'In a large study of children, both together and medicine alone worked about as well on the core symptoms of ADHD. Both together helped more with some other problems, such as behaviour, social skills and family life. For adults who still have symptoms on medicine, adding CBT can help.',
        es: 'En un estudio grande con niños, ambos juntos y el medicamento solo funcionaron más o menos igual para los síntomas principales del TDAH. Ambos juntos ayudaron más con otros problemas, como el comportamiento, las habilidades sociales y la vida familiar. En adultos que siguen con síntomas mientras toman medicamento, agregar terapia cognitivo-conductual puede ayudar.',
      },
    },
    {
      kind: 'waiting',
      summary: {
        en: 'Not starting treatment now: learn about ADHD, make practical changes at home, school or work, and check in again.',
        es: 'No empezar un tratamiento por ahora: aprender sobre el TDAH, hacer cambios prácticos en casa, la escuela o el trabajo, y volver a revisar.',
      },
      modalities: [changesAtHomeSchoolWork],
      caveat: {
        en: 'This can fit when ADHD causes only mild problems in daily life. If problems at school, work, home or on the road keep going, it is time to look at treatment again.',
        es: 'Esto puede ser adecuado cuando el TDAH causa solo problemas leves en la vida diaria. Si siguen los problemas en la escuela, el trabajo, la casa o al manejar, es momento de volver a pensar en un tratamiento.',
      },
    },
  ],
  outcomes: [],
  myths: [],
  cautions: [],
};
