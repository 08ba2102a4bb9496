import type { About } from './schema';

// IPDAS certifying items (date, update policy, authorship, funding, conflicts) and honest limits.
export const about: About = {
  contentVersion: '2026.11.1',
  publishedOn: '2026-11-26',
  nextReviewBy: '2027-05-26',
  reviewPolicy: {
    en: 'We check the evidence at least every 6 months. We check sooner if an important new study or guideline comes out. Each review updates the version number and the date shown here. Every number in Duet shows the date we last checked it against its source.',
    es: 'Revisamos la evidencia al menos cada 6 meses. Lo hacemos antes si sale un estudio o una guía nueva importante. Cada revisión actualiza el número de versión y la fecha que se muestran aquí. Cada número en Duet indica la fecha en que lo comparamos por última vez con su fuente.',
  },
  authorship: {
    en: 'The Duet team wrote this from published studies and guidelines. We started from a clinic’s guide to the evidence, written to sell. We kept only the facts we could trace to a study. We checked each number against the study it came from, in its summary or tables. The team are software developers, not clinicians.',
    es: 'El equipo de Duet lo escribió a partir de estudios y guías publicados. Partimos de la guía de evidencia de una clínica, escrita para vender. Solo conservamos los datos que pudimos rastrear hasta un estudio. Comparamos cada número con el estudio del que salió, en su resumen o sus tablas. El equipo está formado por desarrolladores de software, no por profesionales clínicos.',
  },
  funding: {
    en: 'No money came from drug makers, therapy providers or clinics. The Duet team did the work itself.',
    es: 'No se recibió dinero de fabricantes de medicamentos, proveedores de terapia ni clínicas. El propio equipo de Duet hizo el trabajo.',
  },
  conflicts: {
    en: 'None declared. No author makes money from any treatment in this aid.',
    es: 'Ninguno declarado. Ningún autor gana dinero con los tratamientos de esta ayuda.',
  },
  howEvidenceWasChosen: {
    en: 'We looked first for national guidelines, and for large reviews that pool many randomized trials. To show "out of 100" numbers, we took the rate in one group of a well-run trial. Then we applied the pooled result from the review. Each number says in plain words how sure we can be. It also says where it came from. We do not show claims we could not trace to a study.',
    es: 'Buscamos primero guías nacionales, y revisiones grandes que reúnen muchos estudios aleatorizados. Para mostrar números "de cada 100", tomamos la cifra de un grupo de un estudio bien hecho. Luego le aplicamos el resultado combinado de la revisión. Cada número indica en palabras sencillas qué tan seguros podemos estar. También indica de dónde salió. No mostramos afirmaciones que no pudimos rastrear hasta un estudio.',
  },
  limitations: {
    en: 'Independent clinicians have not yet checked this content. It has not been tested with patients facing this choice. For some conditions, only one or two results have numbers we could check. Where the research is thin, the screens say so. Most studies included adults, often with moderate to severe illness. So the numbers may fit some people less well. Duet helps you talk with your clinician. It does not replace that talk.',
    es: 'Profesionales clínicos independientes todavía no han revisado este contenido. Tampoco se ha probado con pacientes que enfrentan esta decisión. Para algunas condiciones, solo uno o dos resultados tienen números que pudimos revisar. Donde hay pocos estudios, las pantallas lo dicen. La mayoría de los estudios incluyó adultos, a menudo con una enfermedad moderada o grave. Así que los números pueden aplicarse menos a algunas personas. Duet le ayuda a conversar con su profesional de salud. No reemplaza esa conversación.',
  },
};
