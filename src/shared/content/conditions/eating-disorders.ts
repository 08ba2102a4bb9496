import type { Condition, Modality } from '../schema';

// Outline content for bulimia nervosa, binge-eating disorder and anorexia nervosa. "Waiting" is left out:
// it is not a fair choice for anorexia, and guidelines stress early help for all three. No figures yet.

const cbtE: Modality = {
  id: 'cbt-e',
  name: { en: 'Enhanced CBT for eating disorders', es: 'Terapia cognitivo-conductual mejorada para trastornos alimentarios' },
  abbreviation: { en: 'CBT-E', es: 'TCC-E' },
  description: {
    en: 'Therapy made for eating disorders: eating regularly, breaking the cycle of bingeing or restricting, and working on worries about shape and weight.',
    es: 'Terapia hecha para los trastornos alimentarios: comer de forma regular, romper el ciclo de atracones o de comer muy poco, y trabajar las preocupaciones por la figura y el peso.',
  },
};

const fbt: Modality = {
  id: 'fbt',
  name: { en: 'Family-based treatment', es: 'Tratamiento basado en la familia' },
  abbreviation: { en: 'FBT', es: 'TBF' },
  description: {
    en: 'For children and teens: parents take an active role in helping their child eat and recover, guided by a therapist.',
    es: 'Para niños y adolescentes: los padres tienen un papel activo para ayudar a su hijo o hija a comer y recuperarse, con la guía de un terapeuta.',
  },
};

const guidedSelfHelpCbt: Modality = {
  id: 'guided-self-help-cbt',
  name: { en: 'Guided self-help CBT', es: 'Autoayuda guiada con terapia cognitivo-conductual' },
  description: {
    en: 'For binge eating: working through a CBT self-help book or program, with short support sessions from a professional.',
    es: 'Para los atracones: trabajar con un libro o programa de autoayuda de terapia cognitivo-conductual, con sesiones breves de apoyo de un profesional.',
  },
};

const nutritionAndMedicalCare: Modality = {
  id: 'nutrition-and-medical-care',
  name: { en: 'Nutrition support and medical checks', es: 'Apoyo nutricional y chequeos médicos' },
  description: {
    en: 'Help from a dietitian to eat enough and regularly, with checks of weight, heart and blood tests by a doctor.',
    es: 'Ayuda de un nutricionista para comer lo suficiente y de forma regular, con revisiones del peso, del corazón y análisis de sangre por parte de un médico.',
  },
};

const ssri: Modality = {
  id: 'ssri',
  name: { en: 'SSRI medicines', es: 'Medicamentos ISRS' },
  abbreviation: { en: 'SSRI', es: 'ISRS' },
  description: {
    en: 'A common type of antidepressant. Fluoxetine is approved for bulimia in some countries, such as the United States, and can reduce bingeing and purging.',
    es: 'Un tipo común de antidepresivo. La fluoxetina está aprobada para la bulimia en algunos países, como los Estados Unidos, y puede reducir los atracones y las purgas.',
  },
};

const lisdexamfetamine: Modality = {
  id: 'lisdexamfetamine',
  name: { en: 'Lisdexamfetamine', es: 'Lisdexanfetamina' },
  description: {
    en: 'A stimulant medicine approved for moderate to severe binge-eating disorder in adults in some countries, such as the United States and Canada. It is not approved for weight loss.',
    es: 'Un medicamento estimulante aprobado para el trastorno por atracón moderado o grave en adultos en algunos países, como los Estados Unidos y Canadá. No está aprobado para bajar de peso.',
  },
};

export const condition: Condition = {
  id: 'eating-disorders',
  name: { en: 'Eating disorders', es: 'Trastornos de la conducta alimentaria' },
  tagline: {
    en: 'Bulimia, binge eating or anorexia: when food, weight and body shape take over daily life.',
    es: 'Bulimia, atracones o anorexia: cuando la comida, el peso y la figura dominan la vida diaria.',
  },
  whatItIs: {
    en: 'Eating disorders are serious conditions in which food, weight and body shape take over daily life. In bulimia nervosa, a person eats a large amount in a short time, then tries to make up for it, such as by vomiting, fasting or too much exercise. In binge-eating disorder, a person often eats a large amount and feels out of control, but does not try to make up for it. In anorexia nervosa, a person eats too little, loses too much weight, and is very afraid of gaining weight. These conditions harm both body and mind, and they can be treated.',
    es: 'Los trastornos de la conducta alimentaria son condiciones serias en las que la comida, el peso y la figura dominan la vida diaria. En la bulimia nerviosa, la persona come mucha cantidad en poco tiempo y luego intenta compensarlo, por ejemplo vomitando, ayunando o haciendo demasiado ejercicio. En el trastorno por atracón, la persona con frecuencia come mucha cantidad y siente que pierde el control, pero no intenta compensarlo. En la anorexia nerviosa, la persona come muy poco, pierde demasiado peso y tiene mucho miedo a subir de peso. Estos trastornos dañan el cuerpo y la mente, y se pueden tratar.',
  },
  naturalCourse: {
    en: 'Without treatment, eating disorders often last a long time, and they can harm the heart, bones and other parts of the body. Anorexia in particular can become life-threatening. Getting help early tends to lead to better recovery.',
    es: 'Sin tratamiento, los trastornos de la conducta alimentaria suelen durar mucho tiempo y pueden dañar el corazón, los huesos y otras partes del cuerpo. La anorexia, en especial, puede poner la vida en peligro. Recibir ayuda a tiempo suele llevar a una mejor recuperación.',
  },
  decision: {
    en: 'Which treatment to start: therapy focused on eating, medicine, or both together. For anorexia, therapy with nutrition support and medical checks comes first; medicine is not a treatment on its own.',
    es: 'Qué tratamiento empezar: terapia enfocada en la alimentación, medicamento o ambos juntos. En la anorexia, lo primero es la terapia con apoyo nutricional y chequeos médicos; el medicamento no es un tratamiento por sí solo.',
  },
  completeness: 'outline',
  options: [
    {
      kind: 'therapy',
      summary: {
        en: 'Therapy focused on eating, with regular meals and health checks as part of care. Children and teens usually have therapy with their family.',
        es: 'Terapia enfocada en la alimentación, con comidas regulares y chequeos de salud como parte de la atención. Los niños y adolescentes por lo general reciben terapia junto con su familia.',
      },
      modalities: [cbtE, fbt, guidedSelfHelpCbt, nutritionAndMedicalCare],
      benefits: [
        {
          en: 'Psychological therapy is the main treatment guidelines recommend for all three eating disorders.',
          es: 'La terapia psicológica es el tratamiento principal que recomiendan las guías para los tres trastornos.',
        },
        { en: 'No medicine side effects.', es: 'No hay efectos secundarios de medicamentos.' },
      ],
      harms: [
        {
          en: 'Eating regularly and being weighed can feel very hard at first.',
          es: 'Comer de forma regular y que le pesen puede sentirse muy difícil al principio.',
        },
        {
          en: 'It takes time, and there may be a wait for specialist care.',
          es: 'Requiere tiempo, y puede haber una espera para recibir atención especializada.',
        },
      ],
    },
    {
      kind: 'medication',
      summary: {
        en: 'Medicine can help some people with bulimia or binge-eating disorder. It is not a treatment on its own for anorexia.',
        es: 'El medicamento puede ayudar a algunas personas con bulimia o con trastorno por atracón. No es un tratamiento por sí solo para la anorexia.',
      },
      modalities: [ssri, lisdexamfetamine],
      benefits: [
        {
          en: 'For some people, it reduces binge eating, or bingeing and purging in bulimia.',
          es: 'En algunas personas, reduce los atracones, o los atracones y las purgas en la bulimia.',
        },
      ],
      harms: [
        {
          en: 'SSRIs can cause nausea, sleep changes or sexual problems.',
          es: 'Los ISRS pueden causar náuseas, cambios en el sueño o problemas sexuales.',
        },
        {
          en: 'Lisdexamfetamine can cause dry mouth, trouble sleeping, a faster heartbeat and anxiety, and it can be misused.',
          es: 'La lisdexanfetamina puede causar boca seca, problemas para dormir, latidos más rápidos y ansiedad, y se puede usar de forma indebida.',
        },
      ],
      caveat: {
        en: 'Guidelines advise that medicine should not be the only treatment for an eating disorder. For anorexia, medicine is not a treatment on its own: regaining weight with nutrition support and medical checks, along with therapy, is what matters most. In studies of bulimia, more people stopped antidepressants early than stopped therapy.',
        es: 'Las guías indican que el medicamento no debe ser el único tratamiento para un trastorno de la conducta alimentaria. En la anorexia, el medicamento no es un tratamiento por sí solo: lo más importante es recuperar peso con apoyo nutricional y chequeos médicos, junto con terapia. En estudios sobre la bulimia, más personas dejaron antes de tiempo los antidepresivos que la terapia.',
      },
    },
    {
      kind: 'combined',
      summary: {
        en: 'Eating-disorder therapy together with medicine, for example CBT with an SSRI for bulimia.',
        es: 'Terapia para el trastorno alimentario junto con medicamento, por ejemplo terapia cognitivo-conductual con un ISRS para la bulimia.',
      },
      modalities: [cbtE, ssri, nutritionAndMedicalCare],
      caveat: {
        en: 'For bulimia, therapy with an antidepressant helped slightly more than therapy alone in studies, but the evidence is weak. For anorexia, medicine may be used for other problems, such as anxiety or depression, alongside therapy, nutrition support and medical checks.',
        es: 'En la bulimia, la terapia con un antidepresivo ayudó un poco más que la terapia sola en los estudios, pero las pruebas son débiles. En la anorexia, se puede usar medicamento para otros problemas, como la ansiedad o la depresión, junto con la terapia, el apoyo nutricional y los chequeos médicos.',
      },
    },
  ],
  outcomes: [],
  myths: [],
  cautions: [],
};
