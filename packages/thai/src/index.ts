export * from './lib/thai';
