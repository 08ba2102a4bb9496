import type { About } from './schema';

// IPDAS certifying items (date, update policy, authorship, funding, conflicts) and honest limits.
export const about: About = {
  contentVersion: '2026.11.1',
  publishedOn: '2026-11-26',
  nextReviewBy: '2027-05-26',
  reviewPolicy: {
    en: 'We check the evidence at least every 6 months, and sooner if an important new study or guideline appears. Each review updates the version number and the date shown here. Every number in Duet lists the date we last checked it against its source.',
    es: 'Revisamos la evidencia al menos cada 6 meses, y antes si aparece un estudio o una guía nueva importante. Cada revisión actualiza el número de versión y la fecha que se muestran aquí. Cada número en Duet indica la fecha en que lo comparamos por última vez con su fuente.',
  },
  authorship: {
    en: 'Written by the Duet development team from published studies and guidelines. We started from a clinic’s evidence guide written for marketing, kept only facts we could trace, and checked each number against the abstract or tables of the original study. The team are software developers, not clinicians.',
    es: 'Escrito por el equipo de desarrollo de Duet a partir de estudios y guías publicados. Partimos de una guía de evidencia de una clínica escrita con fines de mercadeo, conservamos solo los datos que pudimos rastrear, y comparamos cada número con el resumen o las tablas del estudio original. El equipo está formado por desarrolladores de software, no por profesionales clínicos.',
  },
  funding: {
    en: 'No money came from drug makers, therapy providers or clinics. The work was done by the Duet team itself.',
    es: 'No se recibió dinero de fabricantes de medicamentos, proveedores de terapia ni clínicas. El trabajo lo hizo el propio equipo de Duet.',
  },
  conflicts: {
    en: 'None declared. No author earns money from any treatment described here.',
    es: 'Ninguno declarado. Ningún autor gana dinero con los tratamientos que se describen aquí.',
  },
  howEvidenceWasChosen: {
    en: 'We preferred large reviews that pool many randomized trials, and national guidelines. To show "out of 100" numbers, we took the rate in one group of a well-run trial and applied the pooled result from the review. Each number shows how sure we can be, in plain words, and where it came from. Claims we could not trace to a study are not shown.',
    es: 'Preferimos revisiones grandes que reúnen muchos estudios aleatorizados, y guías nacionales. Para mostrar números "de cada 100", tomamos la cifra de un grupo de un estudio bien hecho y le aplicamos el resultado combinado de la revisión. Cada número indica, en palabras sencillas, qué tan seguros podemos estar y de dónde salió. No mostramos afirmaciones que no pudimos rastrear hasta un estudio.',
  },
  limitations: {
    en: 'This content has not yet been reviewed by independent clinicians, and it has not been tested with patients facing this decision. Full evidence is ready only for depression; the other conditions show descriptions and options only. Most studies included adults with moderate to severe depression, so the numbers may fit some people less well. Duet supports a conversation with your clinician; it does not replace one.',
    es: 'Este contenido todavía no ha sido revisado por profesionales clínicos independientes, ni se ha probado con pacientes que enfrentan esta decisión. La evidencia completa solo está lista para la depresión; las demás condiciones muestran solo descripciones y opciones. La mayoría de los estudios incluyó adultos con depresión moderada a grave, así que los números pueden aplicarse menos a algunas personas. Duet apoya la conversación con su profesional de salud; no la reemplaza.',
  },
};
