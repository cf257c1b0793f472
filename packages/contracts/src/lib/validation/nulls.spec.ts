import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validate } from 'class-validator';
import * as contracts from '../../index';

/**
 * Issue #11 (decision 0018): a required field, and an enum, sent as `null` is refused with a Thai
 * message on that field. Null stays accepted only where it means something (listed, with why).
 */
const NULL_MEANS_SOMETHING: Record<string, string> = {
  'CreateResidentDto.disabilityType': 'no disability',
  'UpdateResidentDto.disabilityType': 'the disability is cleared',
  'FollowUpDto.followUp': 'the follow-up is cleared',
  'CreatePlacementDto.concurrentReason': 'no concurrent arrangement: the reason is required only with concurrent: true',
};
const THAI = /[\u0e00-\u0e7f]/;

type Ctor = new () => object;
// Bodies only: a query string carries no null (every value arrives as text).
const dtos = Object.entries(contracts).filter((e): e is [string, Ctor] => typeof e[1] === 'function' && /Dto$/.test(e[0]) && !/Query(Dto)?$/.test(e[0]));

describe('null is refused for required fields and enums', () => {
  const cases = dtos.flatMap(([name, dto]) => {
    const rules = new Map<string, Set<string>>();
    for (const m of getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false)) {
      const set = rules.get(m.propertyName) ?? new Set<string>();
      set.add(m.name ?? m.type);
      rules.set(m.propertyName, set);
    }
    return [...rules].filter(([, r]) => r.has('isIn') || r.has('isDefined')).map(([field]) => [`${name}.${field}`, dto, field] as const);
  });

  it('finds the DTOs', () => expect(cases.length).toBeGreaterThan(80));

  it.each(cases.map((c) => [c[0], c[1], c[2]] as const))('%s: null → its own Thai error', async (key, dto, field) => {
    const errors = await validate(plainToInstance(dto, { [field]: null }) as object);
    const own = errors.find((e) => e.property === field);
    if (NULL_MEANS_SOMETHING[key]) {
      expect(own).toBeUndefined();
      return;
    }
    expect(own).toBeDefined();
    for (const message of Object.values(own?.constraints ?? {})) expect(message).toMatch(THAI);
  });
});
