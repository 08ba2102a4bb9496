import type { Condition, Modality } from '../schema';

// Outline content. Antipsychotic medicine is the backbone of care here, so "waiting" is not offered,
// and the therapy-only option carries the guideline's advice that therapy works better with medicine.
// No figures until the full version.

const antipsychotic: Modality = {
  id: 'antipsychotic',
  name: { en: 'Antipsychotic medicine', es: 'Medicamento antipsicótico' },
  description: {
    en: 'Daily medicine that eases hallucinations, delusions and confused thinking, and lowers the chance of psychosis coming back.',
    es: 'Medicamento diario que alivia las alucinaciones, los delirios y el pensamiento confuso, y reduce la probabilidad de que la psicosis vuelva.',
  },
};

const longActingInjection: Modality = {
  id: 'long-acting-injection',
  name: { en: 'Long-acting injection', es: 'Inyección de acción prolongada' },
  description: {
    en: 'An antipsychotic given as a shot every few weeks or months, so you do not need to take pills every day.',
    es: 'Un antipsicótico que se aplica con una inyección cada algunas semanas o meses, para no tener que tomar pastillas todos los días.',
  },
};

const cbtp: Modality = {
  id: 'cbtp',
  name: { en: 'CBT for psychosis', es: 'Terapia cognitivo-conductual para la psicosis' },
  abbreviation: { en: 'CBTp', es: 'TCCp' },
  description: {
    en: 'Talking therapy about experiences like hearing voices or unusual beliefs. It helps lower the distress they cause and find ways to cope.',
    es: 'Terapia de conversación sobre experiencias como escuchar voces o tener creencias poco comunes. Ayuda a reducir el malestar que causan y a encontrar formas de afrontarlas.',
  },
};

const familyIntervention: Modality = {
  id: 'family-intervention',
  name: { en: 'Family intervention', es: 'Intervención familiar' },
  description: {
    en: 'Meetings with you and your family to understand psychosis together, lower stress at home and plan for hard times.',
    es: 'Reuniones con usted y su familia para entender juntos la psicosis, bajar el estrés en casa y prepararse para los momentos difíciles.',
  },
};

const ips: Modality = {
  id: 'ips',
  name: { en: 'Individual placement and support', es: 'Empleo con apoyo individual' },
  abbreviation: { en: 'IPS', es: 'IPS' },
  description: {
    en: 'Supported employment: a job coach who works with your care team helps you find and keep a regular job.',
    es: 'Empleo con apoyo: un asesor de empleo que trabaja con su equipo de salud le ayuda a encontrar y mantener un trabajo regular.',
  },
};

const coordinatedSpecialtyCare: Modality = {
  id: 'coordinated-specialty-care',
  name: { en: 'Coordinated specialty care', es: 'Atención especializada coordinada' },
  abbreviation: { en: 'CSC', es: 'CSC' },
  description: {
    en: 'For a first episode: one team that offers medicine, therapy, family support, and help with school or work, planned together with you. It is also called early intervention in psychosis.',
    es: 'Para un primer episodio: un solo equipo que ofrece medicamento, terapia, apoyo a la familia y ayuda con la escuela o el trabajo, todo planeado junto con usted. También se llama intervención temprana en psicosis.',
  },
};

export const condition: Condition = {
  id: 'psychosis',
  name: { en: 'Psychosis and schizophrenia', es: 'Psicosis y esquizofrenia' },
  tagline: {
    en: 'Losing touch with what is real, such as hearing voices or holding beliefs others do not share.',
    es: 'Perder el contacto con la realidad, por ejemplo escuchar voces o tener creencias que otras personas no comparten.',
  },
  whatItIs: {
    en: 'Psychosis means losing touch with what is real for a time. A person may hear or see things others do not (hallucinations), or firmly believe things that are not true (delusions). Thinking and speech can become confused, and daily life can become hard to manage. A first episode most often happens in the late teens or early adult years. Schizophrenia is one condition in which psychosis lasts a long time or keeps coming back.',
    es: 'La psicosis es perder por un tiempo el contacto con la realidad. La persona puede escuchar o ver cosas que otras personas no perciben (alucinaciones), o creer con firmeza cosas que no son ciertas (delirios). El pensamiento y la forma de hablar pueden volverse confusos, y puede ser difícil llevar la vida diaria. Un primer episodio suele ocurrir al final de la adolescencia o al inicio de la vida adulta. La esquizofrenia es una condición en la que la psicosis dura mucho tiempo o vuelve una y otra vez.',
  },
  naturalCourse: {
    en: 'Many people get much better after a first episode, and care that starts soon after psychosis begins tends to lead to better results. Without ongoing treatment, psychosis often comes back.',
    es: 'Muchas personas mejoran mucho después de un primer episodio, y la atención que empieza poco después del inicio de la psicosis suele dar mejores resultados. Sin un tratamiento continuo, la psicosis vuelve con frecuencia.',
  },
  decision: {
    en: 'Antipsychotic medicine is the backbone of treatment for psychosis. The decision is which medicine suits you best, and what to add to it. Choices include CBT for psychosis, family work, and help with work or school.',
    es: 'El medicamento antipsicótico es la base del tratamiento de la psicosis. La decisión es qué medicamento le conviene más y qué agregarle. Las opciones incluyen la terapia cognitivo-conductual para la psicosis, el trabajo con la familia y la ayuda con el trabajo o la escuela.',
  },
  completeness: 'outline',
  options: [
    {
      kind: 'therapy',
      summary: {
        en: 'CBT for psychosis, family work, and help with work or school, without antipsychotic medicine.',
        es: 'Terapia cognitivo-conductual para la psicosis, trabajo con la familia y ayuda con el trabajo o la escuela, sin medicamento antipsicótico.',
      },
      modalities: [cbtp, familyIntervention, ips],
      benefits: [{ en: 'No medicine side effects.', es: 'No hay efectos secundarios de medicamentos.' }],
      harms: [
        {
          en: 'Without medicine, psychosis is more likely to come back.',
          es: 'Sin medicamento, es más probable que la psicosis vuelva.',
        },
      ],
      caveat: {
        en: 'Guidelines advise that these therapies work better together with antipsychotic medicine. Therapy without medicine is not the usual advice. If you choose it, your care team will want to watch closely for signs of getting worse.',
        es: 'Las guías indican que estas terapias funcionan mejor junto con el medicamento antipsicótico. La terapia sin medicamento no es lo que se recomienda por lo general. Si usted la elige, su equipo de salud querrá estar muy atento a las señales de que empeora.',
      },
    },
    {
      kind: 'medication',
      summary: {
        en: 'An antipsychotic medicine taken every day, or as a long-acting injection. You and your doctor choose the medicine together, weighing benefits and side effects.',
        es: 'Un medicamento antipsicótico que se toma todos los días o como inyección de acción prolongada. Usted y su médico eligen el medicamento juntos, pensando en los beneficios y los efectos secundarios.',
      },
      modalities: [antipsychotic, longActingInjection],
      benefits: [
        {
          en: 'It eases hallucinations, delusions and confused thinking for many people.',
          es: 'Alivia las alucinaciones, los delirios y el pensamiento confuso en muchas personas.',
        },
        {
          en: 'It lowers the chance of psychosis coming back and of going back to hospital.',
          es: 'Reduce la probabilidad de que la psicosis vuelva y de regresar al hospital.',
        },
      ],
      harms: [
        {
          en: 'Side effects such as weight gain, sleepiness, and movement problems like stiffness or restlessness.',
          es: 'Efectos secundarios como aumento de peso, sueño y problemas de movimiento, como rigidez o inquietud.',
        },
        {
          en: 'Some of these medicines raise blood sugar and cholesterol, so regular health checks are needed.',
          es: 'Algunos de estos medicamentos suben el azúcar y el colesterol en la sangre, por eso se necesitan chequeos de salud regulares.',
        },
      ],
      caveat: {
        en: 'Medicine alone does not help with everything psychosis can affect, such as work, school and relationships. Guidelines advise adding psychological and social support.',
        es: 'El medicamento solo no ayuda con todo lo que la psicosis puede afectar, como el trabajo, la escuela y las relaciones. Las guías recomiendan agregar apoyo psicológico y social.',
      },
    },
    {
      kind: 'combined',
      summary: {
        en: 'Antipsychotic medicine together with therapy and support. This is what guidelines recommend, and after a first episode it is often offered by one coordinated team.',
        es: 'Medicamento antipsicótico junto con terapia y apoyo. Esto es lo que recomiendan las guías y, después de un primer episodio, muchas veces lo ofrece un solo equipo coordinado.',
      },
      modalities: [coordinatedSpecialtyCare, antipsychotic, cbtp, familyIntervention, ips],
      benefits: [
        {
          en: 'Family work added to usual care lowers the chance of relapse and of going back to hospital.',
          es: 'El trabajo con la familia, sumado a la atención habitual, reduce la probabilidad de una recaída y de regresar al hospital.',
        },
        {
          en: 'Supported employment helps people find and keep regular jobs.',
          es: 'El empleo con apoyo ayuda a las personas a encontrar y mantener trabajos regulares.',
        },
      ],
      harms: [
        {
          en: 'The side effects of antipsychotic medicine still apply.',
          es: 'Los efectos secundarios del medicamento antipsicótico siguen presentes.',
        },
        {
          en: 'More appointments, and more people involved in your care.',
          es: 'Más citas y más personas involucradas en su atención.',
        },
      ],
      caveat: {
        en: 'In studies, the extra benefit of CBT for psychosis is modest. Family work and supported employment have stronger evidence.',
        es: 'En los estudios, el beneficio adicional de la terapia cognitivo-conductual para la psicosis es moderado. El trabajo con la familia y el empleo con apoyo tienen pruebas más sólidas.',
      },
    },
  ],
  outcomes: [],
  myths: [],
  cautions: [],
};
