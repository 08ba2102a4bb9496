export * from './facts';
export * from './suppression';
export * from './figures';
export * from './csv';
