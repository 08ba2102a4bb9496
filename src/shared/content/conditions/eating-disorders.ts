import type { Caution, Condition, Modality, OptionKind } from '../schema';
import { antidepressantCautions } from './antidepressant-safety';

// Full content for bulimia nervosa, binge-eating disorder and anorexia nervosa. "Waiting" is left out: it is not a
// fair choice for anorexia, and guidelines stress early help for all three. Every figure traces to a source in
// ../sources/eating-disorders.ts; docs/evidence-trace-eating-disorders.md records where and how it was derived.

const cbtE: Modality = {
  id: 'cbt-e',
  name: { en: 'Enhanced CBT for eating disorders', es: 'Terapia cognitivo-conductual mejorada para trastornos de la conducta alimentaria' },
  abbreviation: { en: 'CBT-E', es: 'TCC-E' },
  description: {
    en: 'Therapy made for eating disorders. You learn to eat at regular times and break the cycle of bingeing or not eating. You also work on worries about shape and weight.',
    es: 'Terapia hecha para los trastornos de la conducta alimentaria. Usted aprende a comer a horas regulares y a romper el ciclo de atracones o de no comer. También trabaja sus preocupaciones por la figura y el peso.',
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

const mantra: Modality = {
  id: 'mantra',
  name: { en: 'MANTRA therapy for anorexia', es: 'Terapia MANTRA para la anorexia' },
  abbreviation: { en: 'MANTRA', es: 'MANTRA' },
  description: {
    en: 'For adults with anorexia. You look at what keeps the illness going, such as worry, rules and how you relate to others, and build a life beyond it.',
    es: 'Para adultos con anorexia. Usted ve qué mantiene la enfermedad, como la preocupación, las reglas y la forma de relacionarse con los demás, y construye una vida más allá de ella.',
  },
};

const sscm: Modality = {
  id: 'sscm',
  name: { en: 'Specialist supportive clinical management', es: 'Manejo clínico de apoyo especializado' },
  abbreviation: { en: 'SSCM', es: 'SSCM' },
  description: {
    en: 'For adults with anorexia. Regular visits with a therapist who helps you eat better and gain weight, and who talks with you about other worries.',
    es: 'Para adultos con anorexia. Citas regulares con un terapeuta que le ayuda a comer mejor y a subir de peso, y que habla con usted de otras preocupaciones.',
  },
};

const nutritionAndMedicalCare: Modality = {
  id: 'nutrition-and-medical-care',
  name: { en: 'Nutrition support and medical checks', es: 'Apoyo nutricional y chequeos médicos' },
  description: {
    en: 'A food expert helps you eat enough, at regular times. A doctor checks your weight, heart and blood. If weight must go up, it goes up slowly, with blood tests, to keep your body safe.',
    es: 'Un nutricionista le ayuda a comer lo suficiente, a horas regulares. Un médico revisa su peso, su corazón y su sangre. Si hay que subir de peso, se sube despacio, con análisis de sangre, para cuidar su cuerpo.',
  },
};

const ssri: Modality = {
  id: 'ssri',
  name: { en: 'SSRI medicines', es: 'Medicamentos ISRS' },
  abbreviation: { en: 'SSRI', es: 'ISRS' },
  description: {
    en: 'A common kind of antidepressant. One of them, fluoxetine, is approved for bulimia in the US. It can cut down bingeing and purging. US guidance from the APA names it as a choice for adults with bulimia.',
    es: 'Un tipo común de antidepresivo. Uno de ellos, la fluoxetina, está aprobado para la bulimia en EE. UU. Puede reducir los atracones y las purgas. La guía de la APA de Estados Unidos la nombra como una opción para adultos con bulimia.',
  },
};

const lisdexamfetamine: Modality = {
  id: 'lisdexamfetamine',
  name: { en: 'Lisdexamfetamine', es: 'Lisdexanfetamina' },
  description: {
    en: 'A stimulant medicine. In the United States, it is approved for adults with moderate to severe binge eating. It is taken once a day. It is not a weight-loss medicine.',
    es: 'Un medicamento estimulante. En los Estados Unidos, está aprobado para adultos con atracones moderados o graves. Se toma una vez al día. No es un medicamento para bajar de peso.',
  },
};

// ---- Figures derived from published ratios ------------------------------------------------------------------

/**
 * How each "out of 100" figure was made. tests/unit/evidence-eating-disorders.test.ts recomputes every one.
 * The bulimia review reports risk ratios for NOT reaching remission (still bingeing or purging), so for the
 * remission outcome the ratio is applied to the baseline's non-remission rate and the result is turned back
 * into remission (`framing: 'complement'`). `appliedAs: 'reciprocal'` means the published ratio compares the
 * baseline option with this one, so 1/value is used.
 */
export interface Derivation {
  outcomeId: string;
  option: OptionKind;
  baselineOption: OptionKind;
  /** The baseline group's rate of the shown outcome in the cited review, unrounded. */
  baselinePer100: number;
  measure: 'RR';
  publishedValue: number;
  appliedAs: 'as-published' | 'reciprocal';
  /** 'complement': the ratio is about the opposite outcome (100 − baseline), and the result is turned back. */
  framing: 'direct' | 'complement';
}

export const derivations: Derivation[] = [
  // Baseline: 39% remission with therapy (Bacaltchuk 1999/2001). RR 1.28 = antidepressant vs therapy, not remitting.
  { outcomeId: 'stopped-bingeing-and-purging', option: 'medication', baselineOption: 'therapy', baselinePer100: 39, measure: 'RR', publishedValue: 1.28, appliedAs: 'as-published', framing: 'complement' },
  // RR 1.21 = therapy vs combined, not remitting, so the reciprocal is applied to therapy's non-remission.
  { outcomeId: 'stopped-bingeing-and-purging', option: 'combined', baselineOption: 'therapy', baselinePer100: 39, measure: 'RR', publishedValue: 1.21, appliedAs: 'reciprocal', framing: 'complement' },
  // Baseline: 18% drop-out with therapy (Bacaltchuk 1999). RR 2.18 = antidepressant vs therapy (Bacaltchuk 2001).
  { outcomeId: 'stopped-treatment-early', option: 'medication', baselineOption: 'therapy', baselinePer100: 18, measure: 'RR', publishedValue: 2.18, appliedAs: 'as-published', framing: 'direct' },
];

// ---- Medical and medicine safety -----------------------------------------------------------------------------

/** Refeeding syndrome (clinical review M4): weight goes back up gradually, with medical checks. */
const refeedingCaution: Caution = {
  id: 'refeeding-safety',
  kind: 'medicine-safety',
  text: {
    en: 'If your weight is very low, it must go back up slowly, with a doctor watching. Eating much more too fast after a long time of eating little can cause refeeding syndrome. Salts in the blood, such as phosphate, potassium and magnesium, can drop fast. That can harm the heart. So you have blood tests, most of all in the first days.',
    es: 'Si su peso es muy bajo, debe subir despacio, con un médico vigilando. Comer mucho más demasiado rápido después de comer poco por mucho tiempo puede causar el síndrome de realimentación. Las sales de la sangre, como el fósforo, el potasio y el magnesio, pueden bajar rápido. Eso puede dañar el corazón. Por eso le hacen análisis de sangre, sobre todo en los primeros días.',
  },
  sourceIds: ['nice-ng69', 'rcpsych-cr233-meed'],
  appliesTo: ['heart'],
};

/** Bupropion is contraindicated in bulimia and anorexia (seizure risk; clinical review M4). */
const bupropionCaution: Caution = {
  id: 'no-bupropion',
  kind: 'medicine-safety',
  text: {
    en: 'Bupropion, an antidepressant that is also used to quit smoking, must not be used by anyone who has or has had bulimia or anorexia. In them it raises the chance of a seizure. Tell any prescriber about your eating disorder.',
    es: 'El bupropión, un antidepresivo que también se usa para dejar de fumar, no debe usarlo nadie que tenga o haya tenido bulimia o anorexia. En estas personas aumenta la probabilidad de una convulsión. Hable de su trastorno de la conducta alimentaria con cualquier persona que le recete.',
  },
  sourceIds: ['fda-antidepressant-labels'],
  appliesTo: ['seizures', 'other-medicines'],
};

/** Lisdexamfetamine is for binge-eating disorder, not for weight loss (clinical review M4). */
const lisdexamfetamineCaution: Caution = {
  id: 'lisdexamfetamine-not-for-weight-loss',
  kind: 'medicine-safety',
  text: {
    en: 'Lisdexamfetamine is not a weight-loss medicine, and it is not approved for that. It can raise heart rate and blood pressure, and it can be misused. Tell your prescriber about heart problems, and about any alcohol or drug use.',
    es: 'La lisdexanfetamina no es un medicamento para bajar de peso, y no está aprobada para eso. Puede subir el pulso y la presión, y se puede usar de forma indebida. Cuéntele a quien le receta si tiene problemas del corazón, y si consume alcohol o drogas.',
  },
  sourceIds: ['fda-lisdexamfetamine-label'],
  appliesTo: ['heart', 'substance-use'],
};

// ---- The condition ------------------------------------------------------------------------------------------

export const condition: Condition = {
  id: 'eating-disorders',
  name: { en: 'Eating disorders', es: 'Trastornos de la conducta alimentaria' },
  tagline: {
    en: 'Bulimia, binge eating or anorexia: when food, weight and body shape take over daily life.',
    es: 'Bulimia, atracones o anorexia: cuando la comida, el peso y la figura dominan la vida diaria.',
  },
  whatItIs: {
    en: 'Eating disorders are serious health problems. Food, weight and body shape take over daily life. In bulimia nervosa, a person eats a lot of food in a short time. Then they try to make up for it, for example by vomiting, fasting or too much exercise. In binge-eating disorder, a person often eats a lot and feels out of control. But they do not try to make up for it. In anorexia nervosa, a person eats too little and loses too much weight. They are very afraid of gaining weight. These problems harm body and mind, and they can be treated.',
    es: 'Los trastornos de la conducta alimentaria son condiciones de salud serias. La comida, el peso y la figura dominan la vida diaria. En la bulimia nerviosa, la persona come mucha cantidad en poco tiempo. Luego intenta compensarlo, por ejemplo vomitando, ayunando o con demasiado ejercicio. En el trastorno por atracón, la persona a menudo come mucho y siente que pierde el control. Pero no intenta compensarlo. En la anorexia nerviosa, la persona come muy poco y pierde demasiado peso. Tiene mucho miedo a subir de peso. Estos trastornos dañan el cuerpo y la mente, y se pueden tratar.',
  },
  naturalCourse: {
    en: 'Without treatment, eating disorders often last a long time. They can harm the heart, bones, teeth and other parts of the body. Anorexia can put life at risk. In one study of people who were not underweight, those on a waiting list changed little in two months. Help that comes early tends to work better.',
    es: 'Sin tratamiento, los trastornos de la conducta alimentaria suelen durar mucho tiempo. Pueden dañar el corazón, los huesos, los dientes y otras partes del cuerpo. La anorexia puede poner la vida en peligro. En un estudio con personas que no tenían bajo peso, quienes estaban en lista de espera cambiaron poco en dos meses. La ayuda que llega a tiempo suele funcionar mejor.',
  },
  decision: {
    en: 'Which treatment to start: therapy for eating, medicine, or both. With anorexia, therapy comes first, with food support and health checks. Medicine is not a treatment on its own.',
    es: 'Qué tratamiento empezar: terapia para la alimentación, medicamento o ambos. En la anorexia, lo primero es la terapia, con apoyo para comer y chequeos de salud. El medicamento no es un tratamiento por sí solo.',
  },
  completeness: 'full',
  options: [
    {
      kind: 'therapy',
      summary: {
        en: 'Therapy for your eating, with regular meals and health checks. Children and teens often have therapy with their family.',
        es: 'Terapia para su forma de comer, con comidas regulares y chequeos de salud. Los niños y adolescentes a menudo reciben terapia con su familia.',
      },
      modalities: [cbtE, fbt, guidedSelfHelpCbt, mantra, sscm, nutritionAndMedicalCare],
      involves: {
        timeEachWeek: {
          en: 'Often one session a week for about 20 weeks. Family therapy for teens may last up to a year. Self-help takes less time with a therapist.',
          es: 'A menudo una sesión por semana durante unas 20 semanas. La terapia familiar para adolescentes puede durar hasta un año. La autoayuda requiere menos tiempo con un terapeuta.',
        },
        howSoonItHelps: {
          en: 'Eating often becomes more regular within weeks. Full recovery usually takes months.',
          es: 'Comer se vuelve más regular a menudo en pocas semanas. La recuperación completa suele tardar meses.',
        },
        commonBurdens: {
          en: 'Eating regularly and being weighed can feel very hard at first. There is homework, such as writing down what you eat.',
          es: 'Comer de forma regular y que le pesen puede sentirse muy difícil al principio. Hay tareas, como anotar lo que come.',
        },
        costs: {
          en: 'Depends on your insurance or clinic. Specialist care can cost more. Self-help costs less.',
          es: 'Depende de su seguro o clínica. La atención especializada puede costar más. La autoayuda cuesta menos.',
        },
      },
      benefits: [
        {
          en: 'Guidelines name therapy as the main treatment for all three eating disorders.',
          es: 'Las guías señalan la terapia como el tratamiento principal para los tres trastornos.',
        },
        {
          en: 'In bulimia studies, more people stopped bingeing and purging than with medicine alone.',
          es: 'En estudios de bulimia, más personas dejaron los atracones y las purgas que con medicamento solo.',
        },
        {
          en: 'Fewer people quit early, and there are no medicine side effects.',
          es: 'Menos personas lo dejan antes de tiempo, y no hay efectos secundarios de medicamentos.',
        },
      ],
      harms: [
        {
          en: 'Eating regularly and being weighed can feel very hard at first.',
          es: 'Comer de forma regular y que le pesen puede sentirse muy difícil al principio.',
        },
        {
          en: 'It takes time every week, and there may be a wait for specialists.',
          es: 'Requiere tiempo cada semana, y puede haber una espera para especialistas.',
        },
        {
          en: 'Many people still have some symptoms when therapy ends.',
          es: 'Muchas personas todavía tienen algunos síntomas al terminar la terapia.',
        },
      ],
      caveat: {
        en: 'If your weight is very low or your body is at risk, you may need a doctor’s care first. Some people need a hospital stay.',
        es: 'Si su peso es muy bajo o su cuerpo está en riesgo, puede necesitar primero la atención de un médico. Algunas personas necesitan quedarse en el hospital.',
      },
    },
    {
      kind: 'medication',
      summary: {
        en: 'Medicine can help some people with bulimia or binge eating. It is not a treatment on its own for anorexia.',
        es: 'El medicamento puede ayudar a algunas personas con bulimia o atracones. No es un tratamiento por sí solo para la anorexia.',
      },
      modalities: [ssri, lisdexamfetamine],
      involves: {
        timeEachWeek: {
          en: 'A pill once a day, with prescriber check-ins every few weeks at first.',
          es: 'Una pastilla una vez al día, con citas con quien receta cada pocas semanas al principio.',
        },
        howSoonItHelps: {
          en: 'Often within a few weeks. If there is no change by then, your prescriber may change the plan.',
          es: 'A menudo en pocas semanas. Si no hay cambios para entonces, quien le receta puede cambiar el plan.',
        },
        commonBurdens: {
          en: 'Side effects are common. Lisdexamfetamine can raise heart rate and blood pressure, so these are checked.',
          es: 'Los efectos secundarios son comunes. La lisdexanfetamina puede subir el pulso y la presión, por eso se revisan.',
        },
        costs: {
          en: 'Fluoxetine comes as a low-cost generic. Lisdexamfetamine can cost more. Visits may have a copay.',
          es: 'La fluoxetina existe como genérico de bajo costo. La lisdexanfetamina puede costar más. Las citas pueden tener un copago.',
        },
      },
      benefits: [
        {
          en: 'For some people, it cuts down bingeing, or bingeing and purging.',
          es: 'En algunas personas, reduce los atracones, o los atracones y las purgas.',
        },
        {
          en: 'It takes little time each day, and it may ease low mood too.',
          es: 'Toma poco tiempo cada día, y también puede aliviar el ánimo bajo.',
        },
        {
          en: 'It needs fewer visits than weekly therapy.',
          es: 'Requiere menos citas que la terapia semanal.',
        },
      ],
      harms: [
        {
          en: 'With bulimia, fewer people stopped binges on medicine than in therapy.',
          es: 'Con bulimia, menos personas dejaron los atracones con medicamento que con terapia.',
        },
        {
          en: 'More people quit medicine early than quit therapy.',
          es: 'Más personas dejaron el medicamento antes de tiempo que la terapia.',
        },
        {
          en: 'Side effects: SSRIs can cause nausea or sleep changes. Lisdexamfetamine can cause dry mouth and trouble sleeping, and can be misused.',
          es: 'Efectos secundarios: los ISRS pueden causar náuseas o cambios en el sueño. La lisdexanfetamina puede causar boca seca y problemas para dormir, y se puede usar de forma indebida.',
        },
      ],
      caveat: {
        en: "The UK's NICE guideline says medicine should not be your only help. For anorexia, medicine is not a treatment on its own. What counts most is gaining weight slowly and safely, with help to eat, health checks and therapy.",
        es: 'La guía NICE del Reino Unido dice que el medicamento no debe ser su única ayuda. En la anorexia, el medicamento no es un tratamiento por sí solo. Lo más importante es recuperar peso despacio y sin riesgo, con apoyo para comer, chequeos de salud y terapia.',
      },
    },
    {
      kind: 'combined',
      summary: {
        en: 'Therapy for the eating problem, plus a medicine. For example, CBT plus a daily pill for bulimia.',
        es: 'Terapia para el problema con la comida, más un medicamento. Por ejemplo, TCC más una pastilla diaria para la bulimia.',
      },
      modalities: [cbtE, ssri, nutritionAndMedicalCare],
      involves: {
        timeEachWeek: {
          en: 'A weekly therapy session and a daily pill, with prescriber check-ins.',
          es: 'Una sesión de terapia por semana y una pastilla diaria, con citas con quien receta.',
        },
        howSoonItHelps: {
          en: 'Medicine may help within weeks. Therapy builds over months.',
          es: 'El medicamento puede ayudar en semanas. La terapia avanza en meses.',
        },
        commonBurdens: {
          en: 'The effort of therapy, plus medicine side effects and more visits.',
          es: 'El esfuerzo de la terapia, más los efectos secundarios y más citas.',
        },
        costs: {
          en: 'The costs of both: therapy sessions, medicine and prescriber visits.',
          es: 'Los costos de ambos: sesiones de terapia, medicamento y citas con quien receta.',
        },
      },
      benefits: [
        {
          en: 'With bulimia, a few more people stopped bingeing and purging than with therapy alone.',
          es: 'Con bulimia, unas pocas personas más dejaron los atracones y las purgas que con terapia sola.',
        },
        {
          en: 'Medicine may also ease depression or anxiety that comes with it.',
          es: 'El medicamento también puede aliviar la depresión o ansiedad que lo acompaña.',
        },
      ],
      harms: [
        {
          en: 'Medicine side effects on top of the effort of therapy.',
          es: 'Efectos secundarios del medicamento además del esfuerzo de la terapia.',
        },
        {
          en: 'The extra benefit is small, and the studies are old and small.',
          es: 'El beneficio extra es pequeño, y los estudios son antiguos y pequeños.',
        },
      ],
      caveat: {
        en: 'With anorexia, medicine may be used for other problems, such as worry or low mood. It always comes with therapy, help to eat and health checks.',
        es: 'En la anorexia, se puede usar medicamento para otros problemas, como la preocupación o el ánimo bajo. Siempre va junto con la terapia, el apoyo para comer y los chequeos de salud.',
      },
    },
  ],
  outcomes: [
    {
      id: 'stopped-bingeing-and-purging',
      label: { en: 'Stopped bingeing and purging', es: 'Dejó los atracones y las purgas' },
      definition: {
        en: 'No binges or purging at all by the end of treatment (full remission).',
        es: 'Ningún atracón ni purga al final del tratamiento (remisión completa).',
      },
      population: {
        en: 'Adults with bulimia, mostly women, in small trials. The results may not fit binge eating or anorexia.',
        es: 'Adultos con bulimia, sobre todo mujeres, en estudios pequeños. Los resultados pueden no aplicarse a los atracones ni a la anorexia.',
      },
      timeFrame: {
        en: 'At the end of a short course of treatment, about 4 months on average.',
        es: 'Al final de un tratamiento corto, unos 4 meses en promedio.',
      },
      higherIsBetter: true,
      results: [
        { option: 'therapy', per100: 39 },
        { option: 'medication', per100: 22 },
        { option: 'combined', per100: 50 },
      ],
      certainty: 'very-low',
      certaintyReason: {
        en: 'The trials were few, small and old, and the review searched only up to 2001. Most people in them were chosen with care, so they may differ from you.',
        es: 'Los estudios fueron pocos, pequeños y antiguos, y la revisión solo buscó hasta 2001. La mayoría de las personas se eligieron con cuidado, así que pueden ser distintas a usted.',
      },
      derivation: {
        en: 'In the review, 39 out of 100 people stopped bingeing and purging with therapy. So 61 did not. For medicine, we applied the ratio 1.28 for not stopping: 78 did not, so 22 did. For both together, the ratio was 1.21 in favour of both: 50 did not, so 50 did.',
        es: 'En la revisión, 39 de cada 100 personas dejaron los atracones y las purgas con terapia. Así que 61 no. Para el medicamento, aplicamos la razón 1.28 de no dejarlos: 78 no los dejaron, así que 22 sí. Para ambos juntos, la razón fue 1.21 a favor de ambos: 50 no los dejaron, así que 50 sí.',
      },
      effects: [
        {
          measure: 'RR',
          value: 1.28,
          ciLow: 0.98,
          ciHigh: 1.67,
          comparison: {
            en: 'Antidepressant vs therapy, still bingeing or purging (above 1 favours therapy)',
            es: 'Antidepresivo frente a terapia, todavía con atracones o purgas (más de 1 favorece la terapia)',
          },
          sourceId: 'bacaltchuk-2001-bulimia',
        },
        {
          measure: 'RR',
          value: 1.21,
          ciLow: 1.02,
          ciHigh: 1.45,
          comparison: {
            en: 'Therapy vs both together, still bingeing or purging (above 1 favours both together)',
            es: 'Terapia frente a ambos juntos, todavía con atracones o purgas (más de 1 favorece ambos juntos)',
          },
          sourceId: 'bacaltchuk-2001-bulimia',
        },
        {
          measure: 'percent',
          value: 39,
          comparison: {
            en: 'Share who stopped bingeing and purging with therapy (starting number)',
            es: 'Proporción que dejó los atracones y las purgas con terapia (número de partida)',
          },
          sourceId: 'bacaltchuk-1999-bulimia',
        },
      ],
      sourceIds: ['bacaltchuk-2001-bulimia', 'bacaltchuk-1999-bulimia'],
    },
    {
      id: 'stopped-treatment-early',
      kind: 'harm',
      label: { en: 'Stopped treatment early', es: 'Dejó el tratamiento antes de tiempo' },
      definition: {
        en: 'Left the study treatment before it was finished, for any reason.',
        es: 'Dejó el tratamiento del estudio antes de terminarlo, por cualquier motivo.',
      },
      population: {
        en: 'Adults with bulimia, in 5 small trials of about 240 people. The trials compared an antidepressant with therapy.',
        es: 'Adultos con bulimia, en 5 estudios pequeños con unas 240 personas. Los estudios compararon un antidepresivo con terapia.',
      },
      timeFrame: {
        en: 'During a short course of treatment, a few months.',
        es: 'Durante un tratamiento corto, de unos meses.',
      },
      higherIsBetter: false,
      results: [
        { option: 'therapy', per100: 18 },
        { option: 'medication', per100: 39 },
      ],
      certainty: 'low',
      certaintyReason: {
        en: 'Only 5 small trials. The range of likely results is wide.',
        es: 'Solo 5 estudios pequeños. El rango de resultados probables es amplio.',
      },
      derivation: {
        en: 'In these trials, 18 out of 100 people quit therapy early. The review found quitting was 2.18 times as likely with an antidepressant. That gives 39 out of 100.',
        es: 'En estos estudios, 18 de cada 100 personas dejaron la terapia antes de tiempo. La revisión encontró que dejarlo era 2.18 veces más probable con un antidepresivo. Eso da 39 de cada 100.',
      },
      effects: [
        {
          measure: 'RR',
          value: 2.18,
          ciLow: 1.09,
          ciHigh: 4.35,
          comparison: {
            en: 'Antidepressant vs therapy, stopped early (above 1 means more stopped on medicine)',
            es: 'Antidepresivo frente a terapia, lo dejaron antes (más de 1 significa que más lo dejaron con medicamento)',
          },
          sourceId: 'bacaltchuk-2001-bulimia',
        },
        {
          measure: 'percent',
          value: 18,
          comparison: {
            en: 'Share who stopped therapy early (starting number)',
            es: 'Proporción que dejó la terapia antes de tiempo (número de partida)',
          },
          sourceId: 'bacaltchuk-1999-bulimia',
        },
      ],
      sourceIds: ['bacaltchuk-2001-bulimia', 'bacaltchuk-1999-bulimia'],
    },
  ],
  myths: [
    {
      id: 'medicine-means-weakness',
      myth: {
        en: 'Needing medicine means I am weak, or that therapy has failed.',
        es: 'Necesitar medicamento significa que soy débil, o que la terapia fracasó.',
      },
      fact: {
        en: 'An eating disorder is a health problem, not a weakness. For some people with bulimia or binge eating, medicine is a useful extra. Using it is not a sign that therapy failed.',
        es: 'Un trastorno de la conducta alimentaria es una condición de salud, no una debilidad. Para algunas personas con bulimia o atracones, el medicamento es una ayuda extra útil. Usarlo no es una señal de que la terapia fracasó.',
      },
      sourceIds: ['bacaltchuk-2001-bulimia'],
    },
    {
      id: 'both-means-hopeless',
      myth: {
        en: 'If I am offered both medicine and therapy, it must mean I am very ill.',
        es: 'Si me ofrecen medicamento y terapia a la vez, debe ser que estoy muy mal.',
      },
      fact: {
        en: 'Not at all. In studies of bulimia, adding a medicine to therapy helped a few more people stop bingeing and purging. It is one choice, not a bad sign.',
        es: 'Para nada. En estudios de bulimia, agregar un medicamento a la terapia ayudó a unas pocas personas más a dejar los atracones y las purgas. Es una opción, no una mala señal.',
      },
      sourceIds: ['bacaltchuk-2001-bulimia'],
    },
    {
      id: 'medicine-replaces-therapy',
      myth: {
        en: 'Once I start medicine, I will not need therapy.',
        es: 'Cuando empiece el medicamento, ya no voy a necesitar terapia.',
      },
      fact: {
        en: "The UK's NICE guideline says medicine should not be your only help. With bulimia, more people got well with therapy alone than with medicine alone. US guidance from the APA names fluoxetine as one choice for adults with bulimia, along with therapy.",
        es: 'La guía NICE del Reino Unido dice que el medicamento no debe ser su única ayuda. Con bulimia, más personas mejoraron con la terapia sola que con el medicamento solo. La guía de la APA de Estados Unidos nombra la fluoxetina como una opción para adultos con bulimia, junto con la terapia.',
      },
      sourceIds: ['nice-ng69', 'bacaltchuk-2001-bulimia', 'apa-2023-eating-disorders'],
    },
    {
      id: 'therapy-always-enough',
      myth: {
        en: 'If I do not want medicine, therapy alone will always be enough.',
        es: 'Si no quiero medicamento, la terapia sola siempre será suficiente.',
      },
      fact: {
        en: 'Therapy is the main treatment, and for many people it is enough. But it does not help everyone fully. Some people also need medical care or help with food. With bulimia or binge eating, some need medicine too.',
        es: 'La terapia es el tratamiento principal, y para muchas personas es suficiente. Pero no ayuda a todos por completo. Algunas personas también necesitan atención médica o ayuda con la comida. Con bulimia o atracones, algunas también necesitan medicamento.',
      },
      sourceIds: ['fairburn-2009-cbt-e', 'nice-ng69'],
    },
    {
      id: 'a-choice-or-vanity',
      myth: {
        en: 'People choose to have an eating disorder, out of vanity.',
        es: 'Las personas eligen tener un trastorno de la conducta alimentaria, por vanidad.',
      },
      fact: {
        en: 'No one chooses an eating disorder. It is a serious health condition that can harm the heart, bones and mind. It needs care, not blame.',
        es: 'Nadie elige tener un trastorno de la conducta alimentaria. Es una condición de salud seria que puede dañar el corazón, los huesos y la mente. Necesita atención, no culpa.',
      },
      sourceIds: ['nice-ng69'],
    },
    {
      id: 'you-can-tell-by-weight',
      myth: {
        en: 'You can tell if someone has an eating disorder by their weight.',
        es: 'Se puede saber si alguien tiene un trastorno de la conducta alimentaria por su peso.',
      },
      fact: {
        en: 'You cannot. Many people with bulimia or binge-eating disorder have an average or higher weight. They can be very ill and still need care.',
        es: 'No se puede. Muchas personas con bulimia o trastorno por atracón tienen un peso promedio o más alto. Pueden estar muy enfermas y necesitar atención.',
      },
      sourceIds: ['fairburn-2009-cbt-e'],
    },
    {
      id: 'medicine-cures-anorexia',
      myth: {
        en: 'A pill can cure anorexia.',
        es: 'Una pastilla puede curar la anorexia.',
      },
      fact: {
        en: "No pill treats anorexia on its own. The UK's NICE guideline says not to use medicine as the only help. Gaining weight, therapy and health checks come first. In one study of teens, family therapy helped more of them get fully well a year later than one-to-one therapy.",
        es: 'Ningún medicamento trata la anorexia por sí solo. La guía NICE del Reino Unido dice que no se use el medicamento como única ayuda. Lo primero es recuperar peso, la terapia y los chequeos de salud. En un estudio con adolescentes, más se recuperaron por completo un año después con el tratamiento basado en la familia que con la terapia individual.',
      },
      sourceIds: ['nice-ng69', 'lock-2010-fbt'],
    },
  ],
  cautions: [
    {
      id: 'thin-evidence',
      kind: 'thin-evidence',
      text: {
        en: 'These numbers come from small, old studies of bulimia. For binge eating or anorexia, few studies test medicine and therapy side by side. The pill for binge eating was only tested against a dummy pill.',
        es: 'Estos números vienen de estudios pequeños y antiguos sobre la bulimia. En los atracones o la anorexia, pocos estudios comparan medicamento y terapia. El medicamento para los atracones solo se comparó con una pastilla sin efecto.',
      },
      sourceIds: ['bacaltchuk-2001-bulimia', 'mcelroy-2015-lisdexamfetamine', 'mcelroy-2016-lisdexamfetamine'],
    },
    {
      id: 'medical-risk-first',
      kind: 'medication-first',
      text: {
        en: 'If your weight is very low, you faint, or your heart or blood tests are not normal, medical care comes first. Sometimes that means a hospital stay. Therapy continues as soon as you are safe.',
        es: 'Si su peso es muy bajo, se desmaya, o su corazón o sus análisis de sangre no están normales, primero va la atención médica. A veces eso significa quedarse en el hospital. La terapia sigue en cuanto esté a salvo.',
      },
      sourceIds: ['nice-ng69'],
      appliesTo: ['heart'],
    },
    refeedingCaution,
    bupropionCaution,
    lisdexamfetamineCaution,
    ...antidepressantCautions,
    {
      id: 'get-help-today',
      kind: 'red-flag',
      text: {
        en: 'Talk to your clinician today, or get help now from the crisis lines below, if you faint or feel dizzy when you stand up. The same goes for a very slow or racing heartbeat, chest pain, confusion, vomiting blood, or not keeping food or drink down. Losing weight very fast is a warning sign too. Vomiting or laxatives can make potassium in the blood fall, which can upset the heart. So ask for a blood test. Get help now if you have thoughts of ending your life.',
        es: 'Hable hoy con su profesional de salud, o pida ayuda ahora con las líneas de crisis que aparecen abajo, si se desmaya o se marea al ponerse de pie. Lo mismo si el corazón late muy lento o muy rápido, si tiene dolor en el pecho o confusión, si vomita sangre, o si no puede retener comida ni bebida. Bajar de peso muy rápido también es una señal de alarma. Vomitar o usar laxantes puede bajar el potasio en la sangre, y eso puede afectar al corazón. Por eso pida un análisis de sangre. Pida ayuda ahora si piensa en quitarse la vida.',
      },
      sourceIds: ['rcpsych-cr233-meed', 'nice-ng69'],
      appliesTo: ['suicidal-thoughts', 'heart'],
    },
  ],
};
