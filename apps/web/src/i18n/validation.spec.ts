import { VALIDATION_MESSAGES } from '@elderwork/contracts';
import { translateValidation } from './validation';

describe('translateValidation', () => {
  it('keeps Thai text in Thai', () => {
    expect(translateValidation(VALIDATION_MESSAGES.phone.th, 'matches', 'th')).toBe(VALIDATION_MESSAGES.phone.th);
  });

  it('finds the English text by the Thai message, then by the code', () => {
    expect(translateValidation(VALIDATION_MESSAGES.thaiName.th, 'matches', 'en')).toBe(VALIDATION_MESSAGES.thaiName.en);
    expect(translateValidation('ข้อความอื่น', 'elderAge', 'en')).toBe(VALIDATION_MESSAGES.elderAge.en);
    expect(translateValidation('ข้อความอื่น', 'isDefined', 'en')).toBe(VALIDATION_MESSAGES.required.en);
  });

  it('falls back to the Thai text when nothing matches', () => {
    expect(translateValidation('ข้อความอื่น', 'matches', 'en')).toBe('ข้อความอื่น');
  });
});
