import type { GlossaryTerm } from './glossary-schema';

// Clinical words used in the condition content, each with one plain line. The UI explains a term the first time
// it appears on a screen (src/shared/content/glossary-match.ts) and lists them all on the About screen.
const terms: GlossaryTerm[] = [
  {
    id: 'antidepressant',
    term: { en: 'Antidepressant', es: 'Antidepresivo' },
    matches: { en: ['antidepressant', 'antidepressants'], es: ['antidepresivo', 'antidepresivos'] },
    definition: {
      en: 'A medicine for depression. Some are also used for anxiety or OCD.',
      es: 'Un medicamento para la depresión. Algunos también se usan para la ansiedad o el TOC.',
    },
  },
  {
    id: 'ssri',
    term: { en: 'SSRI', es: 'ISRS' },
    matches: {
      en: ['SSRI', 'SSRIs', 'selective serotonin reuptake inhibitor', 'selective serotonin reuptake inhibitors'],
      es: ['ISRS', 'inhibidor selectivo de la recaptación de serotonina', 'inhibidores selectivos de la recaptación de serotonina'],
    },
    definition: {
      en: 'The most used type of antidepressant. It acts on one brain chemical, serotonin.',
      es: 'El tipo de antidepresivo más usado. Actúa sobre una sustancia del cerebro, la serotonina.',
    },
  },
  {
    id: 'snri',
    term: { en: 'SNRI', es: 'IRSN' },
    matches: { en: ['SNRI', 'SNRIs'], es: ['IRSN'] },
    definition: {
      en: 'A type of antidepressant that acts on two brain chemicals.',
      es: 'Un tipo de antidepresivo que actúa sobre dos sustancias del cerebro.',
    },
  },
  {
    id: 'benzodiazepine',
    term: { en: 'Benzodiazepine', es: 'Benzodiacepina' },
    matches: { en: ['benzodiazepine', 'benzodiazepines'], es: ['benzodiacepina', 'benzodiacepinas'] },
    definition: {
      en: 'A fast calming medicine. The body can get used to it, so it is used for short times.',
      es: 'Un medicamento que calma rápido. El cuerpo se puede acostumbrar, por eso se usa poco tiempo.',
    },
  },
  {
    id: 'antipsychotic',
    term: { en: 'Antipsychotic', es: 'Antipsicótico' },
    matches: { en: ['antipsychotic', 'antipsychotics'], es: ['antipsicótico', 'antipsicóticos'] },
    definition: {
      en: 'A medicine for psychosis. It can quiet voices and ease fears that are not real.',
      es: 'Un medicamento para la psicosis. Puede calmar las voces y los miedos que no son reales.',
    },
  },
  {
    id: 'stimulant',
    term: { en: 'Stimulant', es: 'Estimulante' },
    matches: { en: ['stimulant', 'stimulants'], es: ['estimulante', 'estimulantes'] },
    definition: {
      en: 'The main type of ADHD medicine. It helps the brain focus and works within an hour.',
      es: 'El tipo principal de medicamento para el TDAH. Ayuda a concentrarse y actúa en menos de una hora.',
    },
  },
  {
    id: 'non-stimulant',
    term: { en: 'Non-stimulant', es: 'No estimulante' },
    matches: { en: ['non-stimulant', 'non-stimulants', 'nonstimulant', 'nonstimulants'], es: ['no estimulante', 'no estimulantes'] },
    definition: {
      en: 'An ADHD medicine that works in a different way. It takes weeks to help.',
      es: 'Un medicamento para el TDAH que actúa de otra forma. Tarda semanas en ayudar.',
    },
  },
  {
    id: 'mood-stabiliser',
    term: { en: 'Mood stabiliser', es: 'Estabilizador del ánimo' },
    matches: {
      en: ['mood stabiliser', 'mood stabilisers', 'mood stabilizer', 'mood stabilizers'],
      es: ['estabilizador del ánimo', 'estabilizadores del ánimo', 'estabilizador del estado de ánimo', 'estabilizadores del estado de ánimo'],
    },
    definition: {
      en: 'A medicine that keeps mood from going too high or too low. Valproate, one of them, can harm unborn babies.',
      es: 'Un medicamento que evita que el ánimo suba o baje demasiado. Uno de ellos, el valproato, puede dañar al bebé en el embarazo.',
    },
  },
  {
    id: 'side-effect',
    term: { en: 'Side effect', es: 'Efecto secundario' },
    matches: { en: ['side effect', 'side effects'], es: ['efecto secundario', 'efectos secundarios'] },
    definition: {
      en: 'An unwanted effect of a medicine, such as feeling sick or sleepy.',
      es: 'Un efecto no deseado de un medicamento, como náuseas o sueño.',
    },
  },
  {
    id: 'withdrawal-symptoms',
    term: { en: 'Withdrawal symptoms', es: 'Síntomas al dejar o bajar el medicamento' },
    matches: {
      en: ['withdrawal symptoms', 'withdrawal symptom', 'withdrawal'],
      // "Retirada" and "abstinencia" stay as matches for older texts; patient text uses the plain phrase.
      es: ['síntomas al dejar o bajar el medicamento', 'síntomas de retirada', 'síntoma de retirada', 'síntomas de abstinencia'],
    },
    definition: {
      en: 'Feeling unwell for a while after a medicine is cut down or stopped.',
      es: 'Sentirse mal por un tiempo después de bajar o dejar un medicamento.',
    },
  },
  {
    id: 'taper',
    term: { en: 'Taper', es: 'Bajar poco a poco' },
    matches: {
      en: ['taper', 'tapers', 'tapered', 'tapering'],
      es: ['reducción gradual', 'reducir gradualmente', 'bajar poco a poco', 'se baja poco a poco'],
    },
    definition: {
      en: 'To lower the dose of a medicine in small steps, not all at once.',
      es: 'Bajar la dosis de un medicamento en pasos pequeños, no de una sola vez.',
    },
  },
  {
    id: 'generic',
    term: { en: 'Generic medicine', es: 'Medicamento genérico' },
    matches: { en: ['generic', 'generics'], es: ['genérico', 'genéricos'] },
    definition: {
      en: 'A copy of a brand medicine. It works the same and costs less.',
      es: 'Una copia de un medicamento de marca. Funciona igual y cuesta menos.',
    },
  },
  {
    id: 'psychotherapy',
    term: { en: 'Psychotherapy', es: 'Psicoterapia' },
    matches: { en: ['psychotherapy', 'psychotherapies'], es: ['psicoterapia', 'psicoterapias'] },
    definition: {
      en: 'Talk therapy. You meet a trained therapist to work on thoughts, feelings and habits.',
      es: 'Terapia de conversación. Usted se reúne con un terapeuta para trabajar pensamientos, emociones y hábitos.',
    },
  },
  {
    id: 'cbt',
    term: { en: 'CBT (cognitive behavioural therapy)', es: 'TCC (terapia cognitivo-conductual)' },
    matches: {
      en: ['CBT', 'cognitive behavioural therapy', 'cognitive behavioral therapy', 'cognitive behaviour therapy', 'cognitive behavior therapy'],
      es: ['TCC', 'terapia cognitivo-conductual', 'terapia cognitivo conductual'],
    },
    definition: {
      en: 'Talk therapy where you learn to spot and change thoughts and habits that keep you stuck.',
      es: 'Terapia de conversación en la que aprende a ver y cambiar ideas y hábitos que le frenan.',
    },
  },
  {
    id: 'cbt-e',
    term: { en: 'CBT-E (enhanced CBT)', es: 'TCC-E (TCC mejorada)' },
    matches: { en: ['CBT-E', 'enhanced CBT'], es: ['TCC-E', 'TCC mejorada'] },
    definition: {
      en: 'A form of CBT made for eating disorders. It works on eating habits and body worries.',
      es: 'Una forma de TCC hecha para los trastornos de la conducta alimentaria. Trabaja hábitos de comida y miedos sobre el cuerpo.',
    },
  },
  {
    id: 'exposure',
    term: { en: 'Exposure therapy', es: 'Terapia de exposición' },
    matches: { en: ['exposure therapy', 'exposure'], es: ['terapia de exposición', 'exposición'] },
    definition: {
      en: 'You face what you fear in small, safe steps, until the fear gets smaller.',
      es: 'Usted enfrenta lo que teme en pasos pequeños y seguros, hasta que el miedo baja.',
    },
  },
  {
    id: 'erp',
    term: { en: 'ERP (exposure and response prevention)', es: 'EPR (exposición con prevención de respuesta)' },
    matches: {
      en: ['ERP', 'exposure and response prevention', 'exposure with response prevention'],
      es: [
        'EPR',
        'ERP',
        'exposición con prevención de respuesta',
        'exposición y prevención de respuesta',
        'exposición con prevención de la respuesta',
        // Written out in full, so "terapia de exposición" does not claim the first half of the name.
        'terapia de exposición con prevención de respuesta',
      ],
    },
    definition: {
      en: 'A kind of CBT for OCD. You face a fear without doing the ritual that eases it.',
      es: 'Un tipo de TCC para el TOC. Usted enfrenta un miedo sin hacer el ritual que lo calma.',
    },
  },
  {
    id: 'dbt',
    term: { en: 'DBT (dialectical behaviour therapy)', es: 'TDC (terapia dialéctica conductual)' },
    matches: {
      en: ['DBT', 'dialectical behaviour therapy', 'dialectical behavior therapy'],
      es: ['TDC', 'terapia dialéctica conductual', 'terapia dialéctico-conductual', 'terapia dialéctica'],
    },
    definition: {
      en: 'Therapy that teaches skills to handle strong feelings, stay safe and get along with others.',
      es: 'Terapia que enseña a manejar emociones fuertes, mantenerse a salvo y llevarse bien con otros.',
    },
  },
  {
    id: 'mbt',
    term: { en: 'MBT (mentalization-based therapy)', es: 'TBM (terapia basada en la mentalización)' },
    matches: {
      en: ['MBT', 'mentalization-based therapy', 'mentalisation-based therapy', 'mentalization-based treatment'],
      es: ['TBM', 'terapia basada en la mentalización', 'tratamiento basado en la mentalización'],
    },
    definition: {
      en: 'Therapy that helps you understand what you and others think and feel.',
      es: 'Terapia que le ayuda a entender lo que usted y los demás piensan y sienten.',
    },
  },
  {
    id: 'family-based-treatment',
    term: { en: 'Family-based treatment (FBT)', es: 'Tratamiento basado en la familia (TBF)' },
    matches: {
      en: ['family-based treatment', 'family based treatment', 'FBT'],
      es: ['tratamiento basado en la familia', 'TBF'],
    },
    definition: {
      en: 'Therapy for a young person with an eating disorder. The family helps with meals at home.',
      es: 'Terapia para jóvenes con un trastorno de la conducta alimentaria. La familia ayuda con las comidas en casa.',
    },
  },
  {
    id: 'psychosis',
    term: { en: 'Psychosis', es: 'Psicosis' },
    matches: { en: ['psychosis', 'psychoses', 'psychotic'], es: ['psicosis', 'psicótico', 'psicóticos', 'psicótica', 'psicóticas'] },
    definition: {
      en: 'Losing touch with what is real, such as hearing voices others do not hear.',
      es: 'Perder contacto con lo real, como oír voces que otros no oyen.',
    },
  },
  {
    id: 'hallucination',
    term: { en: 'Hallucination', es: 'Alucinación' },
    matches: { en: ['hallucination', 'hallucinations'], es: ['alucinación', 'alucinaciones'] },
    definition: {
      en: 'Seeing or hearing something that is not there.',
      es: 'Ver u oír algo que no está ahí.',
    },
  },
  {
    id: 'delusion',
    // "Delirio" also means delirium in Spanish, so the headword is "idea delirante"; "delirio" stays a match.
    term: { en: 'Delusion', es: 'Idea delirante' },
    matches: { en: ['delusion', 'delusions'], es: ['idea delirante', 'ideas delirantes', 'delirio', 'delirios'] },
    definition: {
      en: 'A strong belief that is not true and does not change, even with proof.',
      es: 'Una creencia firme que no es cierta y no cambia, aunque haya pruebas.',
    },
  },
  {
    id: 'obsession',
    term: { en: 'Obsession', es: 'Obsesión' },
    matches: { en: ['obsession', 'obsessions'], es: ['obsesión', 'obsesiones'] },
    definition: {
      en: 'An upsetting thought or urge that keeps coming back, even when you do not want it.',
      es: 'Un pensamiento o impulso molesto que vuelve una y otra vez, aunque usted no lo quiera.',
    },
  },
  {
    id: 'compulsion',
    term: { en: 'Compulsion', es: 'Compulsión' },
    matches: { en: ['compulsion', 'compulsions'], es: ['compulsión', 'compulsiones'] },
    definition: {
      en: 'Something you feel you must do again and again, like checking or washing, to ease worry.',
      es: 'Algo que siente que debe hacer una y otra vez, como revisar o lavarse, para calmar la angustia.',
    },
  },
  {
    id: 'binge-eating',
    term: { en: 'Binge eating', es: 'Atracón' },
    matches: { en: ['binge eating', 'binge-eating', 'binge', 'binges', 'bingeing'], es: ['atracón', 'atracones'] },
    definition: {
      en: 'Eating a very large amount of food in a short time and feeling out of control.',
      es: 'Comer mucha comida en poco tiempo, con la sensación de perder el control.',
    },
  },
  {
    id: 'relapse',
    term: { en: 'Relapse', es: 'Recaída' },
    matches: { en: ['relapse', 'relapses', 'relapsed'], es: ['recaída', 'recaídas'] },
    definition: {
      en: 'When an illness comes back after it got better.',
      es: 'Cuando una enfermedad vuelve después de haber mejorado.',
    },
  },
  {
    id: 'remission',
    term: { en: 'Remission', es: 'Remisión' },
    matches: { en: ['remission'], es: ['remisión'] },
    definition: {
      en: 'When symptoms have gone away, or almost gone away, for now.',
      es: 'Cuando los síntomas se han ido, o casi, por ahora.',
    },
  },
  {
    id: 'response',
    term: { en: 'Response', es: 'Respuesta' },
    matches: { en: ['response'], es: ['respuesta'] },
    definition: {
      en: 'In studies, symptoms improved by a set amount, such as by half, or a rater judged them much better.',
      es: 'En los estudios, los síntomas mejoraron una cantidad fijada, como la mitad, o un evaluador los juzgó mucho mejor.',
    },
  },
  {
    id: 'natural-course',
    term: { en: 'Natural course', es: 'Curso natural' },
    matches: { en: ['natural course'], es: ['curso natural', 'evolución natural'] },
    definition: {
      en: 'What tends to happen to an illness over time with no treatment.',
      es: 'Lo que suele pasar con una enfermedad con el tiempo, sin tratamiento.',
    },
  },
  {
    id: 'placebo',
    term: { en: 'Placebo', es: 'Placebo' },
    matches: { en: ['placebo', 'placebos', 'dummy pill'], es: ['placebo', 'placebos', 'pastilla sin efecto'] },
    definition: {
      en: 'A dummy pill with no medicine in it. Studies use it to see what the real medicine adds.',
      es: 'Una pastilla sin efecto, sin medicamento. Los estudios la usan para ver qué agrega el medicamento real.',
    },
  },
  {
    id: 'randomised-trial',
    term: { en: 'Randomised trial', es: 'Estudio aleatorizado' },
    matches: {
      en: ['randomised trial', 'randomised trials', 'randomized trial', 'randomized trials', 'randomised controlled trial', 'randomized controlled trial', 'randomised controlled trials', 'randomized controlled trials', 'trial', 'trials'],
      es: ['estudio aleatorizado', 'estudios aleatorizados', 'ensayo aleatorizado', 'ensayos aleatorizados', 'ensayo clínico', 'ensayos clínicos', 'ensayo', 'ensayos'],
    },
    definition: {
      en: 'A study where chance decides who gets which treatment, so the groups are alike and the test is fair.',
      es: 'Un estudio en el que el azar decide quién recibe cada tratamiento, para que los grupos sean parecidos y la prueba sea justa.',
    },
  },
  {
    id: 'meta-analysis',
    term: { en: 'Meta-analysis', es: 'Metaanálisis' },
    matches: { en: ['meta-analysis', 'meta-analyses', 'network meta-analysis'], es: ['metaanálisis', 'meta-análisis'] },
    definition: {
      en: 'A study that pools the results of many studies to get a clearer answer.',
      es: 'Un estudio que junta los resultados de muchos estudios para dar una respuesta más clara.',
    },
  },
  {
    id: 'odds-ratio',
    term: { en: 'Odds ratio', es: 'Razón de momios' },
    matches: { en: ['odds ratio', 'odds ratios'], es: ['razón de momios', 'razón de probabilidades'] },
    definition: {
      en: 'A number that compares the chance of something in two groups. 1 means no difference.',
      es: 'Un número que compara la probabilidad de algo en dos grupos. 1 quiere decir que no hay diferencia.',
    },
  },
  {
    id: 'certainty-of-evidence',
    term: { en: 'Certainty of evidence', es: 'Certeza de la evidencia' },
    matches: { en: ['certainty of evidence', 'certainty of the evidence', 'certainty'], es: ['certeza de la evidencia', 'certeza'] },
    definition: {
      en: 'How sure we can be that a number is right. Few or small studies mean less sure.',
      es: 'Qué tan seguros podemos estar de que un número es correcto. Pocos estudios, o pequeños, dan menos certeza.',
    },
  },
  {
    id: 'guideline',
    term: { en: 'Guideline', es: 'Guía clínica' },
    matches: { en: ['guideline', 'guidelines'], es: ['guía clínica', 'guías clínicas', 'guía nacional', 'guías nacionales'] },
    definition: {
      en: 'Advice for doctors from experts who looked at all the research.',
      es: 'Consejos para los profesionales de salud, hechos por expertos que revisaron toda la investigación.',
    },
  },
  {
    id: 'outpatient',
    term: { en: 'Outpatient', es: 'Ambulatorio' },
    matches: { en: ['outpatient', 'outpatients'], es: ['ambulatorio', 'ambulatorios', 'ambulatoria', 'ambulatorias'] },
    definition: {
      en: 'Treated at a clinic while living at home, not staying in a hospital.',
      es: 'Que recibe tratamiento en una clínica mientras vive en casa, sin quedarse en el hospital.',
    },
  },
];

/**
 * Validated by the tests (tests/unit/glossary.test.ts: the schema, unchanged by it), not at every start (issue 14),
 * so a broken entry fails there, never in front of a patient.
 */
export const glossary: readonly GlossaryTerm[] = terms;

export function getGlossaryTerm(id: string): GlossaryTerm | undefined {
  return glossary.find((term) => term.id === id);
}
