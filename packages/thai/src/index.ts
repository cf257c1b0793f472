export * from './lib/national-id';
export * from './lib/dates';
export * from './lib/days';
export * from './lib/money';
export * from './lib/age-band';
