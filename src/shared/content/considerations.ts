import type { Consideration } from './schema';

// Things a patient may weigh on the "What matters to you" step. Ids are stable: saved sessions store ratings by id.
export const considerations: Consideration[] = [
  { id: 'feel-better-quickly', label: { en: 'Feeling better quickly', es: 'Sentirme mejor pronto' } },
  { id: 'avoid-side-effects', label: { en: 'Avoiding side effects', es: 'Evitar efectos secundarios' } },
  { id: 'no-medicine', label: { en: 'Not taking medicine', es: 'No tomar medicamentos' } },
  { id: 'time-each-week', label: { en: 'How much time it takes each week', es: 'Cuánto tiempo toma cada semana' } },
  { id: 'cost', label: { en: 'What it costs me', es: 'Cuánto me cuesta' } },
  { id: 'lasting-skills', label: { en: 'Learning skills that last', es: 'Aprender habilidades que duren' } },
  {
    id: 'prevent-return',
    label: { en: 'Lowering the chance it comes back', es: 'Bajar la probabilidad de que vuelva' },
  },
  { id: 'family-views', label: { en: 'What my family thinks', es: 'Lo que piensa mi familia' } },
];
