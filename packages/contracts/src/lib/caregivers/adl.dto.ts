import { Transform, plainToInstance } from 'class-transformer';
import { IsDefined, IsObject, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { isIsoDate, todayInBangkok } from '@elderwork/thai';
import { IsThaiDate, Satisfies, compose } from '../validation/decorators';
import { th, type ValidationMessageKey } from '../validation/messages';
import { ToInt, ToIsoDate, Trim } from '../validation/transforms';
import { ADL_ITEM_DEFINITIONS, ADL_TOTAL_MAX, adlTotalOf, isAdlScore, type AdlItem, type AdlItems } from './adl';

const absent = (v: unknown): boolean => v === undefined || v === null;

/**
 * One item, scored within its own range (feeding 0–2, transfers 0–3, …). An unanswered item (absent,
 * null, or '' from a form) is asked for ("กรุณาเลือกคะแนนข้อนี้"); only a score given outside the
 * range gets the message naming the range.
 */
const Score = (item: AdlItem): PropertyDecorator => {
  const range = th(`adlScore${ADL_ITEM_DEFINITIONS[item].max}` as ValidationMessageKey);
  return compose(
    ToInt(),
    Satisfies<unknown>('adlScoreRequired', (v) => !absent(v), { message: th('adlScoreRequired') }),
    Satisfies<unknown>('adlScore', (v) => absent(v) || isAdlScore(item, v), { message: range }),
  );
};

/** The 10 Barthel items; every one is required and no other key is accepted. */
export class AdlItemsDto implements AdlItems {
  @Score('feeding') feeding!: number;
  @Score('bathing') bathing!: number;
  @Score('grooming') grooming!: number;
  @Score('dressing') dressing!: number;
  @Score('bowels') bowels!: number;
  @Score('bladder') bladder!: number;
  @Score('toiletUse') toiletUse!: number;
  @Score('transfers') transfers!: number;
  @Score('mobility') mobility!: number;
  @Score('stairs') stairs!: number;
}

/**
 * The nested object as an AdlItemsDto, so its rules run. Not @Type(): that needs reflect-metadata,
 * which the web app (importing these DTOs for its forms) does not load.
 */
const ToAdlItems = (): PropertyDecorator =>
  Transform(({ value }) => (typeof value === 'object' && value !== null && !Array.isArray(value) ? plainToInstance(AdlItemsDto, value) : value));

interface WithItems {
  items?: unknown;
}

/**
 * POST /api/residents/:id/adl-assessments. Either the 10 `items` (the API adds them up) or, when
 * only the score was kept on paper, a `total` 0–20. Both may be sent if they agree.
 */
export class CreateAdlAssessmentDto {
  @ToIsoDate() @IsDefined({ message: th('required') }) @IsThaiDate({ message: th('date') })
  @Satisfies<unknown>('assessedInFuture', (v) => typeof v !== 'string' || !isIsoDate(v) || v <= todayInBangkok(), { message: th('assessedInFuture') })
  assessedOn!: string;

  @IsOptional() @IsObject({ message: th('adlItemsOrTotal') }) @ValidateNested({ message: th('adlItemsOrTotal') }) @ToAdlItems()
  items?: AdlItemsDto;

  @ToInt()
  @Satisfies<WithItems>('adlItemsOrTotal', (v, o) => !absent(v) || !absent(o.items), { message: th('adlItemsOrTotal') })
  @Satisfies<unknown>('adlTotal', (v) => absent(v) || (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= ADL_TOTAL_MAX), { message: th('adlTotal') })
  @Satisfies<WithItems>('adlTotalMismatch', (v, o) => absent(v) || adlTotalOf(o.items) === null || adlTotalOf(o.items) === v, { message: th('adlTotalMismatch') })
  total?: number;

  @IsOptional() @Trim() @IsString({ message: th('note') }) @MaxLength(500, { message: th('note') })
  note?: string | null;
}
